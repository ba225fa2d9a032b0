/// Column or page statistics (parquet.thrift `Statistics`). `min`/`max` are the deprecated fields written
/// with signed byte-wise ordering by old writers; `minValue`/`maxValue` follow the column order. Values are
/// the PLAIN encoding of one value (without the length prefix for BYTE_ARRAY).
package struct Statistics: Sendable, Equatable {
    package var max: [UInt8]?
    package var min: [UInt8]?
    package var nullCount: Int64?
    package var distinctCount: Int64?
    package var maxValue: [UInt8]?
    package var minValue: [UInt8]?
    package var isMaxValueExact: Bool?
    package var isMinValueExact: Bool?

    package init() {}
}

extension Statistics {
    init(thrift r: inout ThriftCompactReader) throws {
        var s = Statistics()
        try r.readStruct { r, f in
            switch f.id {
            case 1: s.max = try r.readBinary(f, "Statistics.max")
            case 2: s.min = try r.readBinary(f, "Statistics.min")
            case 3: s.nullCount = try r.readI64(f, "Statistics.null_count")
            case 4: s.distinctCount = try r.readI64(f, "Statistics.distinct_count")
            case 5: s.maxValue = try r.readBinary(f, "Statistics.max_value")
            case 6: s.minValue = try r.readBinary(f, "Statistics.min_value")
            case 7: s.isMaxValueExact = try r.readBool(f, "Statistics.is_max_value_exact")
            case 8: s.isMinValueExact = try r.readBool(f, "Statistics.is_min_value_exact")
            default: try r.skip(f)
            }
        }
        self = s
    }
}
