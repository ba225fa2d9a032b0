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
            throw CodecError.truncated(what: "level stream", offset: lengthOffset + 4, needed: length,
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

    /// Bit width of levels whose maximum is `maxLevel` (0 → 0, 1 → 1, 2...3 → 2, ...).
    static func bitWidth(maxLevel: Int) -> Int {
        maxLevel <= 0 ? 0 : Int.bitWidth - maxLevel.leadingZeroBitCount
    }

    private static func appendZeros(_ count: Int, at offset: Int, into out: inout [Int32]) throws {
        try EncodingLimits.checkCount(count, "levels", offset: offset)
        out.append(contentsOf: repeatElement(0, count: count))
    }
}
