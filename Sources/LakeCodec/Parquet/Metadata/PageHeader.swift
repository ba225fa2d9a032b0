/// Header of a data page v1 (parquet.thrift `DataPageHeader`).
package struct DataPageHeader: Sendable, Equatable {
    package var numValues: Int32 = 0
    package var encoding: Encoding = .plain
    package var definitionLevelEncoding: Encoding = .rle
    package var repetitionLevelEncoding: Encoding = .rle
    package var statistics: Statistics?
}

/// Header of a data page v2 (parquet.thrift `DataPageHeaderV2`): levels are stored uncompressed before the
/// (possibly compressed) values, with their byte lengths given here.
package struct DataPageHeaderV2: Sendable, Equatable {
    package var numValues: Int32 = 0
    package var numNulls: Int32 = 0
    package var numRows: Int32 = 0
    package var encoding: Encoding = .plain
    package var definitionLevelsByteLength: Int32 = 0
    package var repetitionLevelsByteLength: Int32 = 0
    package var isCompressed = true
    package var statistics: Statistics?
}

/// Header of a dictionary page (parquet.thrift `DictionaryPageHeader`).
package struct DictionaryPageHeader: Sendable, Equatable {
    package var numValues: Int32 = 0
    package var encoding: Encoding = .plain
    package var isSorted: Bool?
}

/// parquet.thrift `PageHeader`.
package struct PageHeader: Sendable, Equatable {
    package var type = PageType.dataPage
    package var uncompressedPageSize: Int32 = 0
    package var compressedPageSize: Int32 = 0
    package var crc: Int32?
    package var dataPageHeader: DataPageHeader?
    package var dictionaryPageHeader: DictionaryPageHeader?
    package var dataPageHeaderV2: DataPageHeaderV2?
}

extension PageHeader {
    init(thrift r: inout ThriftCompactReader) throws {
        var h = PageHeader()
        try r.readStruct { r, f in
            switch f.id {
            case 1: h.type = PageType(rawValue: try r.readI32(f, "PageHeader.type"))
            case 2: h.uncompressedPageSize = try r.readI32(f, "PageHeader.uncompressed_page_size")
            case 3: h.compressedPageSize = try r.readI32(f, "PageHeader.compressed_page_size")
            case 4: h.crc = try r.readI32(f, "PageHeader.crc")
            case 5:
                h.dataPageHeader = try r.readStruct(f, "PageHeader.data_page_header") { r in
                    var d = DataPageHeader()
                    try r.readStruct { r, g in
                        switch g.id {
                        case 1: d.numValues = try r.readI32(g, "DataPageHeader.num_values")
                        case 2: d.encoding = Encoding(rawValue: try r.readI32(g, "DataPageHeader.encoding"))
                        case 3:
                            d.definitionLevelEncoding = Encoding(
                                rawValue: try r.readI32(g, "DataPageHeader.definition_level_encoding"))
                        case 4:
                            d.repetitionLevelEncoding = Encoding(
                                rawValue: try r.readI32(g, "DataPageHeader.repetition_level_encoding"))
                        case 5:
                            d.statistics = try r.readStruct(g, "DataPageHeader.statistics") {
                                try Statistics(thrift: &$0)
                            }
                        default: try r.skip(g)
                        }
                    }
                    return d
                }
            case 7:
                h.dictionaryPageHeader = try r.readStruct(f, "PageHeader.dictionary_page_header") { r in
                    var d = DictionaryPageHeader()
                    try r.readStruct { r, g in
                        switch g.id {
                        case 1: d.numValues = try r.readI32(g, "DictionaryPageHeader.num_values")
                        case 2: d.encoding = Encoding(rawValue: try r.readI32(g, "DictionaryPageHeader.encoding"))
                        case 3: d.isSorted = try r.readBool(g, "DictionaryPageHeader.is_sorted")
                        default: try r.skip(g)
                        }
                    }
                    return d
                }
            case 8:
                h.dataPageHeaderV2 = try r.readStruct(f, "PageHeader.data_page_header_v2") { r in
                    var d = DataPageHeaderV2()
                    try r.readStruct { r, g in
                        switch g.id {
                        case 1: d.numValues = try r.readI32(g, "DataPageHeaderV2.num_values")
                        case 2: d.numNulls = try r.readI32(g, "DataPageHeaderV2.num_nulls")
                        case 3: d.numRows = try r.readI32(g, "DataPageHeaderV2.num_rows")
                        case 4: d.encoding = Encoding(rawValue: try r.readI32(g, "DataPageHeaderV2.encoding"))
                        case 5:
                            d.definitionLevelsByteLength = try r.readI32(
                                g, "DataPageHeaderV2.definition_levels_byte_length")
                        case 6:
                            d.repetitionLevelsByteLength = try r.readI32(
                                g, "DataPageHeaderV2.repetition_levels_byte_length")
                        case 7: d.isCompressed = try r.readBool(g, "DataPageHeaderV2.is_compressed")
                        case 8:
                            d.statistics = try r.readStruct(g, "DataPageHeaderV2.statistics") {
                                try Statistics(thrift: &$0)
                            }
                        default: try r.skip(g)
                        }
                    }
                    return d
                }
            default: try r.skip(f)
            }
        }
        self = h
    }
}
