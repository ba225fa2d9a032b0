/// Packs integers LSB first, the inverse of `BitUnpacking`; used by the encoders (writer, tests).
enum BitPacking {
    /// Appends `values` (each masked to `bitWidth` bits, 0...64) to `out`, padding the last byte with zeros.
    static func pack<C: Collection>(_ values: C, bitWidth: Int, into out: inout [UInt8]) where C.Element == UInt64 {
        guard bitWidth > 0 else { return }
        let mask: UInt64 = bitWidth >= 64 ? ~0 : (1 << UInt64(bitWidth)) - 1
        var acc: UInt64 = 0
        var bits = 0  // bits held in acc, < 8 between values
        out.reserveForAppending((values.count * bitWidth + 7) / 8)
        for value in values {
            var v = value & mask
            var rem = bitWidth
            while rem > 0 {
                let take = min(rem, 64 - bits)
                let part = take == 64 ? v : v & ((1 << UInt64(take)) - 1)
                acc |= part << UInt64(bits)
                bits += take
                v = take == 64 ? 0 : v >> UInt64(take)
                rem -= take
                while bits >= 8 {
                    out.append(UInt8(truncatingIfNeeded: acc))
                    acc >>= 8
                    bits -= 8
                }
            }
        }
        if bits > 0 { out.append(UInt8(truncatingIfNeeded: acc)) }
    }

    /// Number of bits needed to represent `value` (0 for 0).
    @inline(__always)
    static func bitWidth(of value: UInt64) -> Int { 64 - value.leadingZeroBitCount }
}
