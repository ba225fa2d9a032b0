/// Skips ordinary bytes eight at a time (SWAR): a word XOR a broadcast stop byte has a zero byte exactly
/// where that byte occurs, and the classic "has a zero byte" test flags it. A flag can be false only above
/// a true zero byte (the subtraction's borrow), so the lowest flag over all stop bytes is always the first
/// real stop byte. The CSV tokenizer's fields are mostly short, but text and timestamps are not.
enum ByteScan {
    @inline(__always)
    static func broadcast(_ b: UInt8) -> UInt64 { UInt64(b) &* 0x0101_0101_0101_0101 }

    @inline(__always)
    private static func zeroBytes(_ x: UInt64) -> UInt64 {
        (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
    }

    /// The index of the first of the (broadcast) stop bytes `a`…`d` at or after `start`, or the first index
    /// from which fewer than eight bytes remain: the caller finishes byte by byte from there.
    @inline(__always)
    static func skip(
        _ buf: UnsafeBufferPointer<UInt8>, from start: Int, _ a: UInt64, _ b: UInt64, _ c: UInt64, _ d: UInt64
    ) -> Int {
        skip(buf, from: start) { w in zeroBytes(w ^ a) | zeroBytes(w ^ b) | zeroBytes(w ^ c) | zeroBytes(w ^ d) }
    }

    /// `skip` with three stop bytes (an unquoted field's: delimiter, line feed, carriage return).
    @inline(__always)
    static func skip(_ buf: UnsafeBufferPointer<UInt8>, from start: Int, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> Int {
        skip(buf, from: start) { w in zeroBytes(w ^ a) | zeroBytes(w ^ b) | zeroBytes(w ^ c) }
    }

    /// The word loop both share: `stops(w)` flags the stop bytes of the word `w`.
    @inline(__always)
    private static func skip(_ buf: UnsafeBufferPointer<UInt8>, from start: Int, _ stops: (UInt64) -> UInt64) -> Int {
        guard let base = buf.baseAddress else { return start }
        var i = start
        let n = buf.count
        while n - i >= 8 {
            let m = stops(UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)))
            if m != 0 { return i + m.trailingZeroBitCount >> 3 }
            i += 8
        }
        return i
    }
}
