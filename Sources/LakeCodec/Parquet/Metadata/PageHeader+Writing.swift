/// Thrift compact encoding of `PageHeader` (parquet.thrift field ids), written before every page.
extension PageHeader {
    func thriftBytes() -> [UInt8] {
        var w = ThriftCompactWriter()
        w.structBody { w in
            w.i32(1, type.rawValue)
            w.i32(2, uncompressedPageSize)
            w.i32(3, compressedPageSize)
            if let crc { w.i32(4, crc) }
            if let d = dataPageHeader {
                w.structure(5) { w in
                    w.i32(1, d.numValues)
                    w.i32(2, d.encoding.rawValue)
                    w.i32(3, d.definitionLevelEncoding.rawValue)
                    w.i32(4, d.repetitionLevelEncoding.rawValue)
                    if let s = d.statistics { w.structure(5) { s.write(to: &$0) } }
                }
            }
            if let d = dictionaryPageHeader {
                w.structure(7) { w in
                    w.i32(1, d.numValues)
                    w.i32(2, d.encoding.rawValue)
                    if let sorted = d.isSorted { w.bool(3, sorted) }
                }
            }
            if let d = dataPageHeaderV2 {
                w.structure(8) { w in
                    w.i32(1, d.numValues)
                    w.i32(2, d.numNulls)
                    w.i32(3, d.numRows)
                    w.i32(4, d.encoding.rawValue)
                    w.i32(5, d.definitionLevelsByteLength)
                    w.i32(6, d.repetitionLevelsByteLength)
                    w.bool(7, d.isCompressed)
                    if let s = d.statistics { w.structure(8) { s.write(to: &$0) } }
                }
            }
        }
        return w.bytes
    }
}
