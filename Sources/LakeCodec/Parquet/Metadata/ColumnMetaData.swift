/// Where and how one column chunk is stored (parquet.thrift `ColumnMetaData`).
package struct ColumnMetaData: Sendable, Equatable {
    package var type: PhysicalType = .int32
    package var encodings: [Encoding] = []
    package var pathInSchema: [String] = []
    package var codec = CodecID(rawValue: 0)
    package var numValues: Int64 = 0
    package var totalUncompressedSize: Int64 = 0
    package var totalCompressedSize: Int64 = 0
    package var keyValueMetadata: [KeyValue] = []
    package var dataPageOffset: Int64 = 0
    package var indexPageOffset: Int64?
    package var dictionaryPageOffset: Int64?
    package var statistics: Statistics?
    package var encodingStats: [PageEncodingStats] = []
    package var bloomFilterOffset: Int64?
    package var bloomFilterLength: Int32?
}

extension ColumnMetaData {
    init(thrift r: inout ThriftCompactReader) throws {
        var m = ColumnMetaData()
        var sawType = false
        try r.readStruct { r, f in
            switch f.id {
            case 1:
                let raw = try r.readI32(f, "ColumnMetaData.type")
                guard let t = PhysicalType(rawValue: raw) else {
                    throw CodecError.corrupt(
                        what: "ColumnMetaData.type", offset: f.offset, reason: "invalid physical type \(raw)")
                }
                m.type = t
                sawType = true
            case 2:
                m.encodings = try r.readList(f, "ColumnMetaData.encodings") { r, t in
                    Encoding(rawValue: try r.element32(t, "ColumnMetaData.encodings"))
                }
            case 3:
                m.pathInSchema = try r.readList(f, "ColumnMetaData.path_in_schema") { r, t in
                    try r.elementString(t, "ColumnMetaData.path_in_schema")
                }
            case 4: m.codec = CodecID(rawValue: try r.readI32(f, "ColumnMetaData.codec"))
            case 5: m.numValues = try r.readI64(f, "ColumnMetaData.num_values")
            case 6: m.totalUncompressedSize = try r.readI64(f, "ColumnMetaData.total_uncompressed_size")
            case 7: m.totalCompressedSize = try r.readI64(f, "ColumnMetaData.total_compressed_size")
            case 8: m.keyValueMetadata = try KeyValue.list(&r, f, "ColumnMetaData.key_value_metadata")
            case 9: m.dataPageOffset = try r.readI64(f, "ColumnMetaData.data_page_offset")
            case 10: m.indexPageOffset = try r.readI64(f, "ColumnMetaData.index_page_offset")
            case 11: m.dictionaryPageOffset = try r.readI64(f, "ColumnMetaData.dictionary_page_offset")
            case 12: m.statistics = try r.readStruct(f, "ColumnMetaData.statistics") { try Statistics(thrift: &$0) }
            case 13:
                m.encodingStats = try r.readList(f, "ColumnMetaData.encoding_stats") { r, t in
                    try r.elementStruct(t, "PageEncodingStats") { try PageEncodingStats(thrift: &$0) }
                }
            case 14: m.bloomFilterOffset = try r.readI64(f, "ColumnMetaData.bloom_filter_offset")
            case 15: m.bloomFilterLength = try r.readI32(f, "ColumnMetaData.bloom_filter_length")
            default: try r.skip(f)
            }
        }
        guard sawType else {
            throw CodecError.corrupt(
                what: "ColumnMetaData", offset: r.cursor.fileOffset, reason: "required field 'type' is missing")
        }
        self = m
    }
}
