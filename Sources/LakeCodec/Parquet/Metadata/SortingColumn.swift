/// A sort order declared for a row group (parquet.thrift `SortingColumn`).
package struct SortingColumn: Sendable, Equatable {
    package var columnIndex: Int32
    package var descending: Bool
    package var nullsFirst: Bool
}

extension SortingColumn {
    init(thrift r: inout ThriftCompactReader) throws {
        var s = SortingColumn(columnIndex: 0, descending: false, nullsFirst: false)
        try r.readStruct { r, f in
            switch f.id {
            case 1: s.columnIndex = try r.readI32(f, "SortingColumn.column_idx")
            case 2: s.descending = try r.readBool(f, "SortingColumn.descending")
            case 3: s.nullsFirst = try r.readBool(f, "SortingColumn.nulls_first")
            default: try r.skip(f)
            }
        }
        self = s
    }
}
