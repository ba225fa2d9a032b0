/// Booleans in the RLE encoding (Encodings.md, RLE table: boolean values, both page versions): a 4-byte
/// little-endian byte length, then the RLE/bit-packed hybrid with bit width 1.
enum BooleanRLEDecoder {
    static func decode(_ c: inout ByteCursor, count: Int, into out: inout [Bool]) throws {
        try EncodingLimits.checkCount(count, "RLE booleans", offset: c.fileOffset)
        if count == 0 && c.isAtEnd { return }
        let lengthOffset = c.fileOffset
        let length = Int(try c.readUInt32LE("RLE boolean length"))
        guard length <= c.remaining else {
            throw CodecError.truncated(
                what: "RLE booleans", offset: lengthOffset + 4, needed: length,
                available: c.remaining)
        }
        let region = ByteCursor(c.bytes, start: c.position, end: c.position + length, baseOffset: c.baseOffset)
        var decoder = try RLEBitPackedHybridDecoder(region, bitWidth: 1)
        var bits: [Int32] = []
        try decoder.decode(count: count, into: &bits)
        out.reserveForAppending(count)
        for b in bits { out.append(b != 0) }
        try c.skip(length, "RLE booleans")
    }
}
