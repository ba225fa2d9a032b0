/// DELTA_LENGTH_BYTE_ARRAY (Encodings.md, "Delta-length byte array"): all lengths as one
/// DELTA_BINARY_PACKED stream, then all value bytes concatenated. The bytes land in the output with one
/// copy; the offsets are a prefix sum of the lengths.
enum DeltaLengthByteArrayDecoder {
    static func decode(_ c: inout ByteCursor, count: Int, into out: inout BinaryArray) throws {
        var lengths: [Int32] = []
        let lengthsOffset = c.fileOffset
        try DeltaBinaryPackedDecoder.decodeInt32(&c, count: count, into: &lengths)
        try append(lengths: lengths, from: &c, lengthsOffset: lengthsOffset, into: &out)
    }

    /// Appends values whose `lengths` are known, taking their bytes back to back from `c`.
    static func append(lengths: [Int32], from c: inout ByteCursor, lengthsOffset: Int, into out: inout BinaryArray)
        throws
    {
        var total = 0
        var negative = false
        for len in lengths {
            negative = negative || len < 0
            total &+= Int(len)  // at most 2^28 values of at most 2^31: no overflow in 64 bits
        }
        if negative {
            throw CodecError.corrupt(
                what: "DELTA_LENGTH_BYTE_ARRAY lengths", offset: lengthsOffset,
                reason: "negative value length")
        }
        let r = try c.take(total, "DELTA_LENGTH_BYTE_ARRAY data (\(lengths.count) values)")
        try out.checkRoom(for: total)
        out.bytes.append(contentsOf: c.bytes[r])
        out.offsets.reserveForAppending(lengths.count)
        var pos = out.offsets[out.offsets.count - 1]
        for len in lengths {
            pos &+= len
            out.offsets.append(pos)
        }
        out.count += lengths.count
    }
}
