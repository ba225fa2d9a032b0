/// Encodings other than PLAIN and dictionary (Encodings.md), dispatched once per page to the bulk
/// decoders in Parquet/Encoding.
enum ExtraEncodings {
    static func decode(
        _ c: inout ByteCursor, encoding: Encoding, count: Int, descriptor: ColumnDescriptor,
        into values: inout ColumnValues
    ) throws {
        let type = descriptor.physicalType
        let width = descriptor.typeLength
        switch (encoding, type) {
        case (.rle, .boolean):
            try values.withBooleans { try BooleanRLEDecoder.decode(&c, count: count, into: &$0) }
        case (.deltaBinaryPacked, .int32):
            try values.withInt32s { try DeltaBinaryPackedDecoder.decodeInt32(&c, count: count, into: &$0) }
        case (.deltaBinaryPacked, .int64):
            try values.withInt64s { try DeltaBinaryPackedDecoder.decodeInt64(&c, count: count, into: &$0) }
        case (.deltaLengthByteArray, .byteArray):
            try values.withBytes { try DeltaLengthByteArrayDecoder.decode(&c, count: count, into: &$0) }
        case (.deltaByteArray, .byteArray), (.deltaByteArray, .fixedLenByteArray):
            try values.withBytes { a in
                let before = a.count
                try DeltaByteArrayDecoder.decode(&c, count: count, into: &a)
                guard type == .fixedLenByteArray else { return }
                for i in before..<a.count where a.length(at: i) != width {
                    throw CodecError.corrupt(
                        what: "DELTA_BYTE_ARRAY value in column '\(descriptor.dottedPath)'", offset: c.fileOffset,
                        reason: "length \(a.length(at: i)) differs from the fixed length \(width)")
                }
            }
        case (.byteStreamSplit, .float):
            try values.withFloats { try ByteStreamSplitDecoder.decodeFloat(&c, count: count, into: &$0) }
        case (.byteStreamSplit, .double):
            try values.withDoubles { try ByteStreamSplitDecoder.decodeDouble(&c, count: count, into: &$0) }
        case (.byteStreamSplit, .int32):
            try values.withInt32s { try ByteStreamSplitDecoder.decodeInt32(&c, count: count, into: &$0) }
        case (.byteStreamSplit, .int64):
            try values.withInt64s { try ByteStreamSplitDecoder.decodeInt64(&c, count: count, into: &$0) }
        case (.byteStreamSplit, .fixedLenByteArray):
            try values.withBytes {
                try ByteStreamSplitDecoder.decodeFixedLenByteArrays(&c, count: count, typeLength: width, into: &$0)
            }
        default:
            throw CodecError.unsupported(
                what: "\(encoding.name) encoding for \(type.name) column '\(descriptor.dottedPath)'")
        }
    }
}
