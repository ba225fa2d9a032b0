/// Per-page bounds of a column chunk (parquet.thrift `ColumnIndex`), one entry per data page in page order:
/// whether the page holds only nulls, and its lower and upper bound encoded as statistics are (PLAIN, byte
/// arrays without a length; possibly truncated, yet still bounds). The reader uses it to skip pages a
/// predicate rules out, as row-group statistics skip row groups.
package struct ColumnIndex: Sendable, Equatable {
    package var nullPages: [Bool] = []
    package var minValues: [[UInt8]] = []
    package var maxValues: [[UInt8]] = []
    /// 0 unordered, 1 ascending, 2 descending (parquet.thrift `BoundaryOrder`); informative only here.
    package var boundaryOrder: Int32 = 0
    package var nullCounts: [Int64]?
}

extension ColumnIndex {
    init(bytes: [UInt8], baseOffset: Int) throws {
        var r = ThriftCompactReader(ByteCursor(bytes, baseOffset: baseOffset), context: "ColumnIndex")
        var index = ColumnIndex()
        try r.readStruct { r, f in
            switch f.id {
            case 1:
                index.nullPages = try r.readList(f, "ColumnIndex.null_pages") { try $0.elementBool($1, "null_pages") }
            case 2:
                index.minValues = try r.readList(f, "ColumnIndex.min_values") { try $0.elementBinary($1, "min_values") }
            case 3:
                index.maxValues = try r.readList(f, "ColumnIndex.max_values") { try $0.elementBinary($1, "max_values") }
            case 4: index.boundaryOrder = try r.readI32(f, "ColumnIndex.boundary_order")
            case 5:
                index.nullCounts = try r.readList(f, "ColumnIndex.null_counts") { try $0.element64($1, "null_counts") }
            default: try r.skip(f)
            }
        }
        self = index
    }
}
