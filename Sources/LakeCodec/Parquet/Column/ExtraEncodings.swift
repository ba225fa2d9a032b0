/// Encodings other than PLAIN and dictionary (Encodings.md), dispatched once per page to the bulk
/// decoders in Parquet/Encoding.
enum ExtraEncodings {
    static func decode(
        _ c: inout ByteCursor, encoding: Encoding, count: Int, descriptor: ColumnDescriptor, into values: inout ColumnValues
    ) throws {
        let type = descriptor.physicalType
        switch (encoding, values) {
        case (.rle, .boolean(var a)):
            values = .int32([])
            try BooleanRLEDecoder.decode(&c, count: count, into: &a)
            values = .boolean(a)
        case (.deltaBinaryPacked, .int32(var a)):
            values = .boolean([])
            try DeltaBinaryPackedDecoder.decodeInt32(&c, count: count, into: &a)
            values = .int32(a)
        case (.deltaBinaryPacked, .int64(var a)):
            values = .boolean([])
            try DeltaBinaryPackedDecoder.decodeInt64(&c, count: count, into: &a)
            values = .int64(a)
        case (.deltaLengthByteArray, .bytes(var a)) where type == .byteArray:
            values = .boolean([])
            try DeltaLengthByteArrayDecoder.decode(&c, count: count, into: &a)
            values = .bytes(a)
        case (.deltaByteArray, .bytes(var a)):
            values = .boolean([])
            let before = a.count
            try DeltaByteArrayDecoder.decode(&c, count: count, into: &a)
            if type == .fixedLenByteArray {
                for i in before..<a.count where a.length(at: i) != descriptor.typeLength {
                    throw CodecError.corrupt(
                        what: "DELTA_BYTE_ARRAY value in column '\(descriptor.dottedPath)'", offset: c.fileOffset,
                        reason: "length \(a.length(at: i)) differs from the fixed length \(descriptor.typeLength)")
                }
            }
            values = .bytes(a)
        case (.byteStreamSplit, .float(var a)):
            values = .boolean([])
            try ByteStreamSplitDecoder.decodeFloat(&c, count: count, into: &a)
            values = .float(a)
        case (.byteStreamSplit, .double(var a)):
            values = .boolean([])
            try ByteStreamSplitDecoder.decodeDouble(&c, count: count, into: &a)
            values = .double(a)
        case (.byteStreamSplit, .int32(var a)):
            values = .boolean([])
            try ByteStreamSplitDecoder.decodeInt32(&c, count: count, into: &a)
            values = .int32(a)
        case (.byteStreamSplit, .int64(var a)):
            values = .boolean([])
            try ByteStreamSplitDecoder.decodeInt64(&c, count: count, into: &a)
            values = .int64(a)
        case (.byteStreamSplit, .bytes(var a)) where type == .fixedLenByteArray:
            values = .boolean([])
            try ByteStreamSplitDecoder.decodeFixedLenByteArrays(&c, count: count, typeLength: descriptor.typeLength, into: &a)
            values = .bytes(a)
        default:
            throw CodecError.unsupported(
                what: "\(encoding.name) encoding for \(type.name) column '\(descriptor.dottedPath)'")
        }
    }
}
