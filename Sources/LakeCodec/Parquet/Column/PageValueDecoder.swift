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
        let type = descriptor.physicalType
        switch (encoding, values) {
        case (.plain, .boolean(var a)):
            values = .boolean([])
            try PlainDecoder.decodeBooleans(&c, count: count, into: &a)
            values = .boolean(a)
        case (.plain, .int32(var a)):
            values = .int32([])
            try PlainDecoder.decodeInt32(&c, count: count, into: &a)
            values = .int32(a)
        case (.plain, .int64(var a)):
            values = .int64([])
            try PlainDecoder.decodeInt64(&c, count: count, into: &a)
            values = .int64(a)
        case (.plain, .int96(var a)):
            values = .int96([])
            try PlainDecoder.decodeInt96(&c, count: count, into: &a)
            values = .int96(a)
        case (.plain, .float(var a)):
            values = .float([])
            try PlainDecoder.decodeFloat(&c, count: count, into: &a)
            values = .float(a)
        case (.plain, .double(var a)):
            values = .double([])
            try PlainDecoder.decodeDouble(&c, count: count, into: &a)
            values = .double(a)
        case (.plain, .bytes(var a)):
            values = .boolean([])
            if type == .fixedLenByteArray {
                try PlainDecoder.decodeFixedLenByteArrays(&c, count: count, typeLength: descriptor.typeLength, into: &a)
            } else {
                try PlainDecoder.decodeByteArrays(&c, count: count, into: &a)
            }
            values = .bytes(a)
        default:
            try ExtraEncodings.decode(&c, encoding: encoding, count: count, descriptor: descriptor, into: &values)
        }
    }

    /// Decodes the indices of a dictionary-encoded page straight into values (runs expanded in bulk,
    /// every index checked against the dictionary size by `DictionaryIndexDecoder.decodeValues`).
    static func expand(
        _ c: inout ByteCursor, count: Int, dictionary: ColumnValues, into values: inout ColumnValues, column: String
    ) throws {
        switch (dictionary, values) {
        case (.boolean(let d), .boolean(var a)):
            values = .int32([]); try DictionaryIndexDecoder.decodeValues(&c, count: count, dictionary: d, into: &a); values = .boolean(a)
        case (.int32(let d), .int32(var a)):
            values = .boolean([]); try DictionaryIndexDecoder.decodeValues(&c, count: count, dictionary: d, into: &a); values = .int32(a)
        case (.int64(let d), .int64(var a)):
            values = .boolean([]); try DictionaryIndexDecoder.decodeValues(&c, count: count, dictionary: d, into: &a); values = .int64(a)
        case (.int96(let d), .int96(var a)):
            values = .boolean([]); try DictionaryIndexDecoder.decodeValues(&c, count: count, dictionary: d, into: &a); values = .int96(a)
        case (.float(let d), .float(var a)):
            values = .boolean([]); try DictionaryIndexDecoder.decodeValues(&c, count: count, dictionary: d, into: &a); values = .float(a)
        case (.double(let d), .double(var a)):
            values = .boolean([]); try DictionaryIndexDecoder.decodeValues(&c, count: count, dictionary: d, into: &a); values = .double(a)
        case (.bytes(let d), .bytes(var a)):
            values = .boolean([]); try DictionaryIndexDecoder.decodeValues(&c, count: count, dictionary: d, into: &a); values = .bytes(a)
        default:
            throw CodecError.corrupt(what: "dictionary of column '\(column)'", offset: c.fileOffset, reason: "dictionary type does not match the column type")
        }
    }
}
