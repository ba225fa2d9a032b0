/// Decodes the values section of one data page (or a dictionary page) in bulk, appending to the column's
/// typed storage. Dispatch happens once per page; the loops inside the decoders run over contiguous bytes.
enum PageValueDecoder {
    static func decode(
        _ c: inout ByteCursor, encoding: Encoding, count: Int, descriptor: ColumnDescriptor,
        dictionary: ColumnValues?, into values: inout ColumnValues
    ) throws {
        let column = descriptor.dottedPath
        if encoding == .plainDictionary || encoding == .rleDictionary {
            guard let dictionary else {
                throw CodecError.corrupt(
                    what: "data page of column '\(column)'", offset: c.fileOffset,
                    reason: "uses \(encoding.name) but the column chunk has no dictionary page")
            }
            try expand(&c, count: count, dictionary: dictionary, into: &values, column: column)
            return
        }
        guard encoding == .plain else {
            try ExtraEncodings.decode(&c, encoding: encoding, count: count, descriptor: descriptor, into: &values)
            return
        }
        switch descriptor.physicalType {
        case .boolean: try values.withBooleans { try PlainDecoder.decodeBooleans(&c, count: count, into: &$0) }
        case .int32: try values.withInt32s { try PlainDecoder.decodeInt32(&c, count: count, into: &$0) }
        case .int64: try values.withInt64s { try PlainDecoder.decodeInt64(&c, count: count, into: &$0) }
        case .int96: try values.withInt96s { try PlainDecoder.decodeInt96(&c, count: count, into: &$0) }
        case .float: try values.withFloats { try PlainDecoder.decodeFloat(&c, count: count, into: &$0) }
        case .double: try values.withDoubles { try PlainDecoder.decodeDouble(&c, count: count, into: &$0) }
        case .byteArray: try values.withBytes { try PlainDecoder.decodeByteArrays(&c, count: count, into: &$0) }
        case .fixedLenByteArray:
            let width = descriptor.typeLength
            try values.withBytes {
                try PlainDecoder.decodeFixedLenByteArrays(&c, count: count, typeLength: width, into: &$0)
            }
        }
    }

    /// Decodes the indices of a dictionary-encoded page straight into values (runs expanded in bulk,
    /// every index checked against the dictionary size by `DictionaryIndexDecoder.decodeValues`).
    static func expand(
        _ c: inout ByteCursor, count: Int, dictionary: ColumnValues, into values: inout ColumnValues, column: String
    ) throws {
        switch dictionary {
        case .boolean(let d):
            try values.withBooleans {
                try DictionaryIndexDecoder.decodeValues(&c, count: count, dictionary: d, into: &$0)
            }
        case .int32(let d):
            try values.withInt32s {
                try DictionaryIndexDecoder.decodeValues(&c, count: count, dictionary: d, into: &$0)
            }
        case .int64(let d):
            try values.withInt64s {
                try DictionaryIndexDecoder.decodeValues(&c, count: count, dictionary: d, into: &$0)
            }
        case .int96(let d):
            try values.withInt96s {
                try DictionaryIndexDecoder.decodeValues(&c, count: count, dictionary: d, into: &$0)
            }
        case .float(let d):
            try values.withFloats {
                try DictionaryIndexDecoder.decodeValues(&c, count: count, dictionary: d, into: &$0)
            }
        case .double(let d):
            try values.withDoubles {
                try DictionaryIndexDecoder.decodeValues(&c, count: count, dictionary: d, into: &$0)
            }
        case .bytes(let d):
            try values.withBytes { try DictionaryIndexDecoder.decodeValues(&c, count: count, dictionary: d, into: &$0) }
        }
    }
}
