/// DEFLATE's bit stream (least significant bit first) held in a 64-bit buffer.
///
/// Where eight input bytes remain, a refill loads them as one word and keeps as many whole bytes as fit
/// (libdeflate's refill): the buffer's bits above `available` may then hold the next bytes already, which
/// the next refill ORs in again at the same places. Within the last eight bytes it adds a byte at a time,
/// and past the end zero bytes, counted in `phantom`: a stream whose last symbols are shorter than the
/// buffer decodes normally, and one that actually consumes a zero byte past the end is caught where its
/// end is checked (`alignedPosition`), or as soon as more than eight are added, since the buffer never
/// holds more than eight.
struct DeflateBitReader {
    let src: UnsafePointer<UInt8>
    let count: Int
    /// The next byte to load.
    private var next: Int
    private var buffer: UInt64 = 0
    /// Bits of `buffer` not yet consumed (0...63).
    private(set) var available = 0
    /// Zero bytes added past the end of the input.
    private var phantom = 0

    init(_ src: UnsafePointer<UInt8>, count: Int, at start: Int) {
        self.src = src
        self.count = count
        self.next = start
    }

    /// The input byte the next unconsumed bit belongs to (for error messages).
    var position: Int { next + phantom - available / 8 - (available % 8 == 0 ? 0 : 1) }

    /// Fills the buffer to at least 56 bits.
    @inline(__always)
    mutating func refill() throws {
        if count - next >= 8 {
            refillWord()
            return
        }
        self = try refilledNearEnd()
    }

    /// Fills the buffer to at least 56 bits from the next eight input bytes, which must exist.
    @inline(__always)
    mutating func refillWord() {
        let word = UInt64(littleEndian: UnsafeRawPointer(src + next).loadUnaligned(as: UInt64.self))
        buffer |= word &<< UInt64(truncatingIfNeeded: available)
        next &+= (63 &- available) &>> 3
        available |= 56
    }

    /// Whether `refillWord` may be called: eight input bytes remain.
    @inline(__always)
    var wordAvailable: Bool { count - next >= 8 }

    /// The reader refilled a byte at a time. Returned rather than mutated in place, so that a decode loop's
    /// reader is not passed by address and can stay in registers.
    @inline(never)
    private func refilledNearEnd() throws -> DeflateBitReader {
        var r = self
        while r.available < 56 {
            if r.next < r.count {
                r.buffer |= UInt64(r.src[r.next]) &<< UInt64(r.available)
                r.next += 1
            } else {
                r.phantom += 1
                guard r.phantom <= 8 else { throw DeflateDecoder.truncated(count) }
            }
            r.available += 8
        }
        return r
    }

    /// Makes at least `bits` (at most 56) available.
    @inline(__always)
    mutating func ensure(_ bits: Int) throws {
        if available < bits { try refill() }
    }

    /// The buffer, its lowest bit the next to consume; only the lowest `available` bits are the stream's.
    @inline(__always)
    func peek() -> UInt64 { buffer }

    @inline(__always)
    mutating func drop(_ bits: Int) {
        buffer &>>= UInt64(truncatingIfNeeded: bits)
        available &-= bits
    }

    /// The next `bits` (0...32, and no more than `available`) as a number.
    @inline(__always)
    mutating func take(_ bits: Int) -> UInt64 {
        let value = buffer & ((1 &<< UInt64(truncatingIfNeeded: bits)) &- 1)
        drop(bits)
        return value
    }

    /// Drops the bits up to the next byte boundary and returns the index of the byte that follows, which
    /// must not lie past the input's end.
    mutating func alignedPosition() throws -> Int {
        drop(available & 7)
        let at = next + phantom - available / 8
        guard at <= count else { throw DeflateDecoder.truncated(count) }
        return at
    }

    /// Continues reading at byte `at`, the buffer emptied (after a stored block's bytes).
    mutating func restart(at: Int) {
        next = at
        buffer = 0
        available = 0
        phantom = 0
    }
}
