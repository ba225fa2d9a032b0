/// Physical storage types (parquet.thrift `Type`).
package enum PhysicalType: Int32, Sendable, CaseIterable {
    case boolean = 0, int32 = 1, int64 = 2, int96 = 3, float = 4, double = 5, byteArray = 6, fixedLenByteArray = 7

    package var name: String {
        switch self {
        case .boolean: "BOOLEAN"
        case .int32: "INT32"
        case .int64: "INT64"
        case .int96: "INT96"
        case .float: "FLOAT"
        case .double: "DOUBLE"
        case .byteArray: "BYTE_ARRAY"
        case .fixedLenByteArray: "FIXED_LEN_BYTE_ARRAY"
        }
    }
}

/// parquet.thrift `FieldRepetitionType`.
package enum Repetition: Int32, Sendable {
    case required = 0, optional = 1, repeated = 2

    package var name: String {
        switch self {
        case .required: "required"
        case .optional: "optional"
        case .repeated: "repeated"
        }
    }
}

/// parquet.thrift `ConvertedType` (the legacy annotations, still written by many producers).
package enum ConvertedType: Int32, Sendable {
    case utf8 = 0, map, mapKeyValue, list, enumeration, decimal, date, timeMillis, timeMicros
    case timestampMillis, timestampMicros, uint8, uint16, uint32, uint64, int8, int16, int32, int64
    case json, bson, interval

    package var name: String {
        switch self {
        case .utf8: "UTF8"
        case .map: "MAP"
        case .mapKeyValue: "MAP_KEY_VALUE"
        case .list: "LIST"
        case .enumeration: "ENUM"
        case .decimal: "DECIMAL"
        case .date: "DATE"
        case .timeMillis: "TIME_MILLIS"
        case .timeMicros: "TIME_MICROS"
        case .timestampMillis: "TIMESTAMP_MILLIS"
        case .timestampMicros: "TIMESTAMP_MICROS"
        case .uint8: "UINT_8"
        case .uint16: "UINT_16"
        case .uint32: "UINT_32"
        case .uint64: "UINT_64"
        case .int8: "INT_8"
        case .int16: "INT_16"
        case .int32: "INT_32"
        case .int64: "INT_64"
        case .json: "JSON"
        case .bson: "BSON"
        case .interval: "INTERVAL"
        }
    }
}

/// parquet.thrift `Encoding`. A struct rather than an enum so that encodings added by newer writers
/// still load in metadata (they only fail when a page actually uses them).
package struct Encoding: Hashable, Sendable {
    package let rawValue: Int32
    package init(rawValue: Int32) { self.rawValue = rawValue }

    package static let plain = Encoding(rawValue: 0)
    package static let plainDictionary = Encoding(rawValue: 2)
    package static let rle = Encoding(rawValue: 3)
    package static let bitPacked = Encoding(rawValue: 4)
    package static let deltaBinaryPacked = Encoding(rawValue: 5)
    package static let deltaLengthByteArray = Encoding(rawValue: 6)
    package static let deltaByteArray = Encoding(rawValue: 7)
    package static let rleDictionary = Encoding(rawValue: 8)
    package static let byteStreamSplit = Encoding(rawValue: 9)

    package var name: String {
        switch rawValue {
        case 0: "PLAIN"
        case 1: "GROUP_VAR_INT"
        case 2: "PLAIN_DICTIONARY"
        case 3: "RLE"
        case 4: "BIT_PACKED"
        case 5: "DELTA_BINARY_PACKED"
        case 6: "DELTA_LENGTH_BYTE_ARRAY"
        case 7: "DELTA_BYTE_ARRAY"
        case 8: "RLE_DICTIONARY"
        case 9: "BYTE_STREAM_SPLIT"
        default: "UNKNOWN(\(rawValue))"
        }
    }
}

/// parquet.thrift `PageType`.
package struct PageType: Hashable, Sendable {
    package let rawValue: Int32
    package init(rawValue: Int32) { self.rawValue = rawValue }

    package static let dataPage = PageType(rawValue: 0)
    package static let indexPage = PageType(rawValue: 1)
    package static let dictionaryPage = PageType(rawValue: 2)
    package static let dataPageV2 = PageType(rawValue: 3)

    package var name: String {
        switch rawValue {
        case 0: "DATA_PAGE"
        case 1: "INDEX_PAGE"
        case 2: "DICTIONARY_PAGE"
        case 3: "DATA_PAGE_V2"
        default: "UNKNOWN(\(rawValue))"
        }
    }
}

/// parquet.thrift `CompressionCodec`, kept as the raw value in metadata so unknown codecs still load.
package struct CodecID: Hashable, Sendable {
    package let rawValue: Int32
    package init(rawValue: Int32) { self.rawValue = rawValue }

    package var name: String {
        switch rawValue {
        case 0: "UNCOMPRESSED"
        case 1: "SNAPPY"
        case 2: "GZIP"
        case 3: "LZO"
        case 4: "BROTLI"
        case 5: "LZ4"
        case 6: "ZSTD"
        case 7: "LZ4_RAW"
        default: "UNKNOWN(\(rawValue))"
        }
    }
}
