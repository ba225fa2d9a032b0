/// HyperLogLog distinct-count estimate (Flajolet et al. 2007, with the small-range linear-counting
/// correction): 4096 one-byte registers, so memory stays fixed however many values a column has.
package struct DistinctEstimator: Sendable {
    private var registers = [UInt8](repeating: 0, count: 1 << precision)
    private static let precision = 12

    package init() {}

    /// SplitMix64 finaliser: spreads any 64-bit key over all bits.
    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A 64-bit hash of a byte string, for strings and binary: eight bytes a step (a multiply and a
    /// rotate each), the length folded in, then mixed. A byte-at-a-time hash was a fifth of a string
    /// column's profile time.
    @inline(__always)
    static func hash<C: Collection>(bytes: C) -> UInt64 where C.Element == UInt8 {
        if let h = bytes.withContiguousStorageIfAvailable({ hash(UnsafeRawBufferPointer($0)) }) { return h }
        return Array(bytes).withUnsafeBytes { hash($0) }
    }

    @inline(__always)
    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 { hash(bytes, readable: bytes.count) }

    /// `hash(bytes)`, where `readable` bytes from the start of `bytes` (at least its count) lie in memory
    /// the caller holds: a last partial word with eight readable bytes is one load with its extra bytes
    /// masked off instead of a loop over its bytes (a short string's whole hash). Same hash either way.
    @inline(__always)
    static func hash(_ bytes: UnsafeRawBufferPointer, readable: Int) -> UInt64 {
        let k: UInt64 = 0x9E37_79B9_7F4A_7C15
        var h: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(bytes.count)
        var i = 0
        let n = bytes.count
        while n - i >= 8 {
            let w = bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            h = ((h ^ w) &* k).rotated(by: 31)
            i += 8
        }
        if i < n {
            var w: UInt64 = 0
            if readable - i >= 8, let base = bytes.baseAddress {
                w = ByteWords.low(base + i, count: n - i)
            } else {
                var shift: UInt64 = 0
                while i < n {
                    w |= UInt64(bytes[i]) << shift
                    shift += 8
                    i += 1
                }
            }
            h = ((h ^ w) &* k).rotated(by: 31)
        }
        return mix(h)
    }

    @inline(__always)
    package mutating func add(hash h: UInt64) {
        let index = Int(h >> UInt64(64 - Self.precision))
        let rest = h << UInt64(Self.precision)
        let rank = UInt8(min(rest.leadingZeroBitCount, 64 - Self.precision) + 1)
        if rank > registers[index] { registers[index] = rank }
    }

    /// Adds `hash(v)` for every value of `values`, with the registers held open once for the whole loop
    /// (no uniqueness or bounds check per value: the index is the hash's top bits, always in range).
    @inline(__always)
    mutating func add<T>(each values: [T], hash: (T) -> UInt64) {
        registers.withUnsafeMutableBufferPointer { r in
            values.withUnsafeBufferPointer { p in
                for v in p {
                    let h = hash(v)
                    let index = Int(h >> UInt64(64 - Self.precision))
                    let rank = UInt8(min((h << UInt64(Self.precision)).leadingZeroBitCount, 64 - Self.precision) + 1)
                    if rank > r[index] { r[index] = rank }
                }
            }
        }
    }

    /// The union of two sketches: the estimate of both value streams together.
    package mutating func merge(_ other: DistinctEstimator) {
        for i in registers.indices where other.registers[i] > registers[i] { registers[i] = other.registers[i] }
    }

    package var estimate: Int {
        let m = Double(registers.count)
        var sum = 0.0
        var zeros = 0
        for r in registers {
            sum += 1.0 / Double(UInt64(1) << UInt64(r))
            if r == 0 { zeros += 1 }
        }
        let alpha = 0.7213 / (1 + 1.079 / m)
        let raw = alpha * m * m / sum
        if raw <= 2.5 * m, zeros > 0 { return Int((m * log(m / Double(zeros))).rounded()) }
        return Int(raw.rounded())
    }
}

extension UInt64 {
    /// Rotated left by `n` bits (0 < n < 64).
    @inline(__always)
    fileprivate func rotated(by n: UInt64) -> UInt64 { (self << n) | (self >> (64 - n)) }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
