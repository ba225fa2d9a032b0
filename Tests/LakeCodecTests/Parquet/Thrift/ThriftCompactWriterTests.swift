import Testing

@testable import LakeCodec

/// The compact encoder against our decoder: what the writer emits must read back field for field,
/// including long deltas between field ids, negative numbers, long lists and nested structs.
@Suite("Thrift compact writer")
struct ThriftCompactWriterTests {
    @Test("FileMetaData encodes and decodes to the same value")
    func fileMetaDataRoundTrip() throws {
        var m = FileMetaData()
        m.version = 2
        var root = SchemaElement()
        root.name = "schema"
        root.numChildren = 2
        var a = SchemaElement()
        a.name = "amount"
        a.type = .int64
        a.repetition = .optional
        a.logicalType = .decimal(scale: 2, precision: 18)
        a.convertedType = .decimal
        a.scale = 2
        a.precision = 18
        var b = SchemaElement()
        b.name = "at"
        b.type = .int64
        b.repetition = .required
        b.logicalType = .timestamp(utc: true, unit: .nanos)
        m.schema = [root, a, b]
        m.numRows = -5_000_000_000
        var meta = ColumnMetaData()
        meta.type = .int64
        meta.encodings = [.plain, .rle, .rleDictionary]
        meta.pathInSchema = ["amount"]
        meta.codec = CodecID(rawValue: 6)
        meta.numValues = 3
        meta.totalCompressedSize = 100
        meta.totalUncompressedSize = 200
        meta.dataPageOffset = 4
        meta.dictionaryPageOffset = 4
        var s = Statistics()
        s.nullCount = 1
        s.minValue = [1, 0, 0, 0, 0, 0, 0, 0]
        s.maxValue = [255, 255, 255, 255, 255, 255, 255, 127]
        meta.statistics = s
        var chunk = ColumnChunk()
        chunk.fileOffset = 4
        chunk.metaData = meta
        var group = RowGroup()
        group.columns = Array(repeating: chunk, count: 20)  // a list longer than 14: the long list header
        group.numRows = 3
        group.totalByteSize = 200
        group.fileOffset = 4
        group.totalCompressedSize = 100
        group.ordinal = 0
        m.rowGroups = [group]
        m.keyValueMetadata = [KeyValue(key: "k", value: "v"), KeyValue(key: "only", value: nil)]
        m.createdBy = "lakectl version 0.1"
        let bytes = m.thriftBytes(leafCount: 2)
        var decoded = try FileMetaData(bytes: bytes, baseOffset: 0)
        #expect(decoded.columnOrdersDefined)
        decoded.columnOrdersDefined = false
        #expect(decoded == m)
    }

    @Test("page headers round-trip", arguments: [PageType.dataPage, .dictionaryPage, .dataPageV2])
    func pageHeader(_ type: PageType) throws {
        var h = PageHeader()
        h.type = type
        h.uncompressedPageSize = 1 << 20
        h.compressedPageSize = 12345
        h.crc = -7
        switch type {
        case .dataPage: h.dataPageHeader = DataPageHeader(numValues: 20000, encoding: .rleDictionary)
        case .dictionaryPage:
            h.dictionaryPageHeader = DictionaryPageHeader(numValues: 3, encoding: .plain, isSorted: false)
        default:
            h.dataPageHeaderV2 = DataPageHeaderV2(
                numValues: 9, numNulls: 2, numRows: 4, encoding: .deltaBinaryPacked, definitionLevelsByteLength: 3,
                repetitionLevelsByteLength: 2, isCompressed: false, statistics: nil)
        }
        var r = ThriftCompactReader(ByteCursor(h.thriftBytes(), baseOffset: 0), context: "PageHeader")
        #expect(try PageHeader(thrift: &r) == h)
    }

    @Test("field ids more than 15 apart use the long header form")
    func longFieldDelta() throws {
        var w = ThriftCompactWriter()
        w.structBody { w in
            w.i32(1, -1)
            w.i64(40, Int64.min)
            w.bool(41, true)
            w.header8(300, -3)
        }
        var seen: [Int16: String] = [:]
        var r = ThriftCompactReader(ByteCursor(w.bytes, baseOffset: 0), context: "test")
        try r.readStruct { r, f in
            switch f.id {
            case 1: seen[1] = "\(try r.readI32(f, "a"))"
            case 40: seen[40] = "\(try r.readI64(f, "b"))"
            case 41: seen[41] = "\(try r.readBool(f, "c"))"
            case 300: seen[300] = "\(try r.readI32(f, "d"))"
            default: try r.skip(f)
            }
        }
        #expect(seen == [1: "-1", 40: "\(Int64.min)", 41: "true", 300: "-3"])
    }
}
