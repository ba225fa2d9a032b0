/// Thrift compact encoding of the footer structs (parquet.thrift field ids), the inverse of their
/// `init(thrift:)` decoders. Optional fields are written only when set, as the Thrift IDL marks them.
extension FileMetaData {
    /// The footer bytes. `column_orders` (field 7) declares TYPE_ORDER for every leaf, which tells readers
    /// that `min_value`/`max_value` follow each column's logical sort order (parquet.thrift `ColumnOrder`).
    func thriftBytes(leafCount: Int) -> [UInt8] {
        var w = ThriftCompactWriter()
        w.structBody { w in
            w.i32(1, version)
            w.structList(2, schema) { w, e in e.write(to: &w) }
            w.i64(3, numRows)
            w.structList(4, rowGroups) { w, g in g.write(to: &w) }
            if !keyValueMetadata.isEmpty { w.structList(5, keyValueMetadata) { w, kv in kv.write(to: &w) } }
            if let createdBy { w.string(6, createdBy) }
            w.structList(7, Array(repeating: 0, count: leafCount)) { w, _ in
                w.structure(1) { _ in }  // TypeDefinedOrder: an empty struct
            }
        }
        return w.bytes
    }
}

extension RowGroup {
    func write(to w: inout ThriftCompactWriter) {
        w.structList(1, columns) { w, c in c.write(to: &w) }
        w.i64(2, totalByteSize)
        w.i64(3, numRows)
        if let fileOffset { w.i64(5, fileOffset) }
        if let totalCompressedSize { w.i64(6, totalCompressedSize) }
        if let ordinal { w.i32(7, Int32(ordinal)) }
    }
}

extension ColumnChunk {
    func write(to w: inout ThriftCompactWriter) {
        if let filePath { w.string(1, filePath) }
        w.i64(2, fileOffset)
        if let metaData { w.structure(3) { metaData.write(to: &$0) } }
    }
}

extension ColumnMetaData {
    func write(to w: inout ThriftCompactWriter) {
        w.i32(1, type.rawValue)
        w.i32List(2, encodings.map(\.rawValue))
        w.stringList(3, pathInSchema)
        w.i32(4, codec.rawValue)
        w.i64(5, numValues)
        w.i64(6, totalUncompressedSize)
        w.i64(7, totalCompressedSize)
        if !keyValueMetadata.isEmpty { w.structList(8, keyValueMetadata) { w, kv in kv.write(to: &w) } }
        w.i64(9, dataPageOffset)
        if let indexPageOffset { w.i64(10, indexPageOffset) }
        if let dictionaryPageOffset { w.i64(11, dictionaryPageOffset) }
        if let statistics { w.structure(12) { statistics.write(to: &$0) } }
        if !encodingStats.isEmpty {
            w.structList(13, encodingStats) { w, s in
                w.i32(1, s.pageType.rawValue)
                w.i32(2, s.encoding.rawValue)
                w.i32(3, s.count)
            }
        }
    }
}

extension KeyValue {
    func write(to w: inout ThriftCompactWriter) {
        w.string(1, key)
        if let value { w.string(2, value) }
    }
}

extension Statistics {
    func write(to w: inout ThriftCompactWriter) {
        if let max { w.binary(1, max) }
        if let min { w.binary(2, min) }
        if let nullCount { w.i64(3, nullCount) }
        if let distinctCount { w.i64(4, distinctCount) }
        if let maxValue { w.binary(5, maxValue) }
        if let minValue { w.binary(6, minValue) }
        if let isMaxValueExact { w.bool(7, isMaxValueExact) }
        if let isMinValueExact { w.bool(8, isMinValueExact) }
    }
}
