/// A horizontal slice of the file (parquet.thrift `RowGroup`): one chunk per leaf column.
package struct RowGroup: Sendable, Equatable {
    package var columns: [ColumnChunk] = []
    package var totalByteSize: Int64 = 0
    package var numRows: Int64 = 0
    package var sortingColumns: [SortingColumn] = []
    package var fileOffset: Int64?
    package var totalCompressedSize: Int64?
    package var ordinal: Int16?
}

extension RowGroup {
    init(thrift r: inout ThriftCompactReader) throws {
        var g = RowGroup()
        try r.readStruct { r, f in
            switch f.id {
            case 1:
                g.columns = try r.readList(f, "RowGroup.columns") { r, t in
                    try r.elementStruct(t, "ColumnChunk") { try ColumnChunk(thrift: &$0) }
                }
            case 2: g.totalByteSize = try r.readI64(f, "RowGroup.total_byte_size")
            case 3: g.numRows = try r.readI64(f, "RowGroup.num_rows")
            case 4:
                g.sortingColumns = try r.readList(f, "RowGroup.sorting_columns") { r, t in
                    try r.elementStruct(t, "SortingColumn") { try SortingColumn(thrift: &$0) }
                }
            case 5: g.fileOffset = try r.readI64(f, "RowGroup.file_offset")
            case 6: g.totalCompressedSize = try r.readI64(f, "RowGroup.total_compressed_size")
            case 7: g.ordinal = Int16(truncatingIfNeeded: try r.readI32(f, "RowGroup.ordinal"))
            default: try r.skip(f)
            }
        }
        self = g
    }
}
