/// Definition and repetition levels (Encodings.md, RLE table: "Prepend length?").
///
/// Data page v1 stores each level stream as a 4-byte little-endian byte length followed by the
/// RLE/bit-packed hybrid; data page v2 stores the hybrid alone, its byte length being in the page header.
/// A column whose maximum level is 0 has no level stream at all: with `bitWidth == 0` these functions
/// append zeros and consume nothing.
enum LevelDecoder {
    static func decodeV1(_ c: inout ByteCursor, bitWidth: Int, count: Int, into out: inout [Int32]) throws {
        if bitWidth == 0 {
            try appendZeros(count, at: c.fileOffset, into: &out)
            return
        }
        let lengthOffset = c.fileOffset
        let length = Int(try c.readUInt32LE("level stream length"))
        guard length <= c.remaining else {
            throw CodecError.truncated(
                what: "level stream", offset: lengthOffset + 4, needed: length,
                available: c.remaining)
        }
        let region = ByteCursor(c.bytes, start: c.position, end: c.position + length, baseOffset: c.baseOffset)
        var decoder = try RLEBitPackedHybridDecoder(region, bitWidth: bitWidth)
        try decoder.decode(count: count, into: &out)
        try c.skip(length, "level stream")
    }

    /// `region` covers exactly the level bytes (`repetition_levels_byte_length` or
    /// `definition_levels_byte_length` of the v2 page header).
    static func decodeV2(_ region: ByteCursor, bitWidth: Int, count: Int, into out: inout [Int32]) throws {
        if bitWidth == 0 {
            try appendZeros(count, at: region.fileOffset, into: &out)
            return
        }
        var decoder = try RLEBitPackedHybridDecoder(region, bitWidth: bitWidth)
        try decoder.decode(count: count, into: &out)
    }

    /// Convenience: the region is `range` of `bytes`, which starts at file offset `baseOffset`.
    static func decodeV2(
        _ bytes: [UInt8], range: Range<Int>, baseOffset: Int = 0, bitWidth: Int, count: Int,
        into out: inout [Int32]
    ) throws {
        let region = ByteCursor(bytes, start: range.lowerBound, end: range.upperBound, baseOffset: baseOffset)
        try decodeV2(region, bitWidth: bitWidth, count: count, into: &out)
    }

    /// The deprecated BIT_PACKED level encoding (Encodings.md, "Bit-packed (Deprecated) (BIT_PACKED = 4)"),
    /// found in old v1 pages: `ceil(count * bitWidth / 8)` bytes, values packed from the most significant
    /// bit down, no length prefix and no runs. Rare and small, so decoded bit by bit.
    static func decodeBitPackedLegacy(_ c: inout ByteCursor, bitWidth: Int, count: Int, into out: inout [Int32]) throws
    {
        guard (0...32).contains(bitWidth) else {
            throw CodecError.corrupt(
                what: "BIT_PACKED levels", offset: c.fileOffset,
                reason: "bit width \(bitWidth) is outside 0...32")
        }
        try EncodingLimits.checkCount(count, "BIT_PACKED levels", offset: c.fileOffset)
        // count <= 2^28 and bitWidth <= 32: the bit count cannot overflow.
        let r = try c.take((count * bitWidth + 7) / 8, "BIT_PACKED levels (\(count) values)")
        out.reserveForAppending(count)
        var bit = 0
        for _ in 0..<count {
            var v: UInt32 = 0
            for _ in 0..<bitWidth {
                let byte = c.bytes[r.lowerBound + bit >> 3]
                v = v << 1 | UInt32(byte >> UInt8(7 - bit & 7) & 1)
                bit += 1
            }
            out.append(Int32(bitPattern: v))
        }
    }

    /// Bit width of levels whose maximum is `maxLevel` (0 → 0, 1 → 1, 2...3 → 2, ...).
    static func bitWidth(maxLevel: Int) -> Int {
        maxLevel <= 0 ? 0 : Int.bitWidth - maxLevel.leadingZeroBitCount
    }

    private static func appendZeros(_ count: Int, at offset: Int, into out: inout [Int32]) throws {
        try EncodingLimits.checkCount(count, "levels", offset: offset)
        out.append(contentsOf: repeatElement(0, count: count))
    }
}
