import Testing

@testable import LakeCodec

@Suite struct PageHeaderTests {
    @Test func decodesADataPageV2Header() throws {
        var w = ThriftTestWriter()
        w.i32(1, 3)  // DATA_PAGE_V2
        w.i32(2, 100)
        w.i32(3, 60)
        w.i32(4, -12345)
        w.beginStruct(8)
        w.i32(1, 10); w.i32(2, 2); w.i32(3, 10); w.i32(4, 8); w.i32(5, 4); w.i32(6, 0); w.bool(7, false)
        w.endStruct()
        w.stop()
        var r = ThriftCompactReader(ByteCursor(w.bytes), context: "PageHeader")
        let h = try PageHeader(thrift: &r)
        #expect(h.type == .dataPageV2)
        #expect(h.uncompressedPageSize == 100 && h.compressedPageSize == 60 && h.crc == -12345)
        let v2 = try #require(h.dataPageHeaderV2)
        #expect(v2.numValues == 10 && v2.numNulls == 2 && v2.encoding == .rleDictionary)
        #expect(v2.definitionLevelsByteLength == 4 && !v2.isCompressed)
    }

    @Test func decodesADictionaryPageHeader() throws {
        var w = ThriftTestWriter()
        w.i32(1, 2)
        w.i32(2, 8); w.i32(3, 8)
        w.beginStruct(7)
        w.i32(1, -4); w.i32(2, 0)
        w.endStruct()
        w.stop()
        var r = ThriftCompactReader(ByteCursor(w.bytes), context: "PageHeader")
        let h = try PageHeader(thrift: &r)
        #expect(h.dictionaryPageHeader?.numValues == -4)  // the reader rejects it, the header decoder keeps it
    }

    @Test func skipsAFieldWrittenWithAnotherWireTypeThanParquetThriftDeclares() throws {
        var w = ThriftTestWriter()
        w.i32(1, 2)
        w.i32(2, 8); w.i32(3, 8)
        w.string(4, "crc as text")  // crc is an i32 in parquet.thrift
        w.beginStruct(7)
        w.i32(1, 4); w.i32(2, 0)
        w.endStruct()
        w.stop()
        var r = ThriftCompactReader(ByteCursor(w.bytes), context: "PageHeader")
        let h = try PageHeader(thrift: &r)
        #expect(h.crc == nil)
        #expect(h.dictionaryPageHeader?.numValues == 4)
    }
}
