import Testing

@testable import LakeCodec

/// Column chunks built by hand: page headers through `ThriftTestWriter`, payloads in PLAIN and RLE.
@Suite struct ColumnChunkReaderTests {
    static func descriptor(_ type: PhysicalType, def: Int, rep: Int = 0) -> ColumnDescriptor {
        var e = SchemaElement()
        e.name = "c"
        e.type = type
        e.repetition = def > 0 ? .optional : .required
        return ColumnDescriptor(
            path: ["c"], element: e, physicalType: type, maxDefinitionLevel: def, maxRepetitionLevel: rep)
    }

    static func header(type: Int32, size: Int, v1 values: Int32? = nil, dict: Int32? = nil, encoding: Int32 = 0)
        -> [UInt8]
    {
        var w = ThriftTestWriter()
        w.i32(1, type)
        w.i32(2, Int32(size))
        w.i32(3, Int32(size))
        if let values {
            w.beginStruct(5); w.i32(1, values); w.i32(2, encoding); w.i32(3, 3); w.i32(4, 3); w.endStruct()
        }
        if let dict {
            w.beginStruct(7); w.i32(1, dict); w.i32(2, 0); w.endStruct()
        }
        w.stop()
        return w.bytes
    }

    static func le32(_ v: Int32) -> [UInt8] { withUnsafeBytes(of: v.littleEndian) { Array($0) } }

    static func meta(_ type: PhysicalType, values: Int64) -> ColumnMetaData {
        var m = ColumnMetaData()
        m.type = type
        m.numValues = values
        return m
    }

    @Test func optionalInt32PageWithNulls() throws {
        // Definition levels 1,0,1 as an RLE/bit-packed run (bit width 1): one bit-packed group of 8.
        let levels: [UInt8] = [0x03, 0b0000_0101]
        let payload = Self.le32(Int32(levels.count)) + levels + Self.le32(7) + Self.le32(-9)
        let bytes = Self.header(type: 0, size: payload.count, v1: 3) + payload
        let reader = ColumnChunkReader(descriptor: Self.descriptor(.int32, def: 1))
        let batch = try reader.decode(bytes: bytes, baseOffset: 4, meta: Self.meta(.int32, values: 3), rowGroupRows: 3)
        #expect(batch.definitionLevels == [1, 0, 1])
        #expect(batch.values == .int32([7, -9]))
    }

    /// A DATA_PAGE_V2 header whose values section is `compressed` (levels are never compressed in v2).
    static func headerV2(values: Int32, nulls: Int32, defLength: Int, valuesSize: Int) -> [UInt8] {
        var w = ThriftTestWriter()
        w.i32(1, 3)
        w.i32(2, Int32(defLength + valuesSize))
        w.i32(3, Int32(defLength + valuesSize))
        w.beginStruct(8)
        w.i32(1, values); w.i32(2, nulls); w.i32(3, values); w.i32(4, 0)
        w.i32(5, Int32(defLength)); w.i32(6, 0); w.bool(7, true)
        w.endStruct()
        w.stop()
        return w.bytes
    }

    @Test(arguments: [CompressionCodec.snappy, .gzip, .zstd, .brotli, .lz4Raw, .lz4])
    func allNullV2PageWithAnEmptyCompressedSectionDecodes(codec: CompressionCodec) throws {
        let levels: [UInt8] = [3 << 1, 0]  // an RLE run of 3 × definition level 0
        let bytes = Self.headerV2(values: 3, nulls: 3, defLength: levels.count, valuesSize: 0) + levels
        var meta = Self.meta(.int32, values: 3)
        meta.codec = CodecID(rawValue: codec.rawValue)
        let reader = ColumnChunkReader(descriptor: Self.descriptor(.int32, def: 1))
        let batch = try reader.decode(bytes: bytes, baseOffset: 4, meta: meta, rowGroupRows: 3)
        #expect(batch.definitionLevels == [0, 0, 0])
        #expect(batch.values == .int32([]))
    }

    @Test(arguments: [CompressionCodec.snappy, .gzip, .zstd])
    func zeroValueV1PageWithAnEmptyCompressedBodyDecodes(codec: CompressionCodec) throws {
        let levels: [UInt8] = [2 << 1, 0]
        let bytes =
            Self.header(type: 0, size: 0, v1: 0)
            + Self.headerV2(values: 2, nulls: 2, defLength: levels.count, valuesSize: 0) + levels
        var meta = Self.meta(.int32, values: 2)
        meta.codec = CodecID(rawValue: codec.rawValue)
        let reader = ColumnChunkReader(descriptor: Self.descriptor(.int32, def: 1))
        let batch = try reader.decode(bytes: bytes, baseOffset: 4, meta: meta, rowGroupRows: 2)
        #expect(batch.definitionLevels == [0, 0])
    }

    @Test func dictionaryPageThenIndices() throws {
        let dict = Self.le32(100) + Self.le32(200)
        // Bit width 1, then an RLE run of 3 × index 1.
        let data: [UInt8] = [1, 3 << 1, 1]
        let bytes =
            Self.header(type: 2, size: dict.count, dict: 2) + dict
            + Self.header(type: 0, size: data.count, v1: 3, encoding: 8) + data
        let reader = ColumnChunkReader(descriptor: Self.descriptor(.int32, def: 0))
        let batch = try reader.decode(bytes: bytes, baseOffset: 4, meta: Self.meta(.int32, values: 3), rowGroupRows: 3)
        #expect(batch.values == .int32([200, 200, 200]))
    }

    @Test func indexOutsideTheDictionaryIsCorrupt() {
        let dict = Self.le32(100)
        let data: [UInt8] = [1, 1 << 1, 1]
        let bytes =
            Self.header(type: 2, size: dict.count, dict: 1) + dict
            + Self.header(type: 0, size: data.count, v1: 1, encoding: 8) + data
        let reader = ColumnChunkReader(descriptor: Self.descriptor(.int32, def: 0))
        expectCodecError(.corrupt) {
            _ = try reader.decode(bytes: bytes, baseOffset: 4, meta: Self.meta(.int32, values: 1), rowGroupRows: 1)
        }
    }

    @Test func pageLargerThanTheChunkIsTruncated() {
        let bytes = Self.header(type: 0, size: 1000, v1: 1) + Self.le32(1)
        let reader = ColumnChunkReader(descriptor: Self.descriptor(.int32, def: 0))
        expectCodecError(.truncated) {
            _ = try reader.decode(bytes: bytes, baseOffset: 4, meta: Self.meta(.int32, values: 1), rowGroupRows: 1)
        }
    }

    @Test func moreValuesThanTheChunkDeclaresIsCorrupt() {
        let payload = Self.le32(1) + Self.le32(2)
        let bytes = Self.header(type: 0, size: payload.count, v1: 2) + payload
        let reader = ColumnChunkReader(descriptor: Self.descriptor(.int32, def: 0, rep: 1))
        expectCodecError(.corrupt) {
            _ = try reader.decode(bytes: bytes, baseOffset: 4, meta: Self.meta(.int32, values: 1), rowGroupRows: 1)
        }
    }

    @Test func negativeDictionarySizeIsCorrupt() {
        let bytes = Self.header(type: 2, size: 0, dict: -3)
        let reader = ColumnChunkReader(descriptor: Self.descriptor(.int32, def: 0))
        expectCodecError(.corrupt) {
            _ = try reader.decode(bytes: bytes, baseOffset: 4, meta: Self.meta(.int32, values: 1), rowGroupRows: 1)
        }
    }
}
