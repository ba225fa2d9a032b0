/// One column of one row group (parquet.thrift `ColumnChunk`): its metadata and the page-index locations.
package struct ColumnChunk: Sendable, Equatable {
    package var filePath: String?
    package var fileOffset: Int64 = 0
    package var metaData: ColumnMetaData?
    package var offsetIndexOffset: Int64?
    package var offsetIndexLength: Int32?
    package var columnIndexOffset: Int64?
    package var columnIndexLength: Int32?
    /// Set when the chunk carries `crypto_metadata` or `encrypted_column_metadata` (modular encryption).
    package var isEncrypted = false
}

extension ColumnChunk {
    init(thrift r: inout ThriftCompactReader) throws {
        var c = ColumnChunk()
        try r.readStruct { r, f in
            switch f.id {
            case 1: c.filePath = try r.readString(f, "ColumnChunk.file_path")
            case 2: c.fileOffset = try r.readI64(f, "ColumnChunk.file_offset")
            case 3: c.metaData = try r.readStruct(f, "ColumnChunk.meta_data") { try ColumnMetaData(thrift: &$0) }
            case 4: c.offsetIndexOffset = try r.readI64(f, "ColumnChunk.offset_index_offset")
            case 5: c.offsetIndexLength = try r.readI32(f, "ColumnChunk.offset_index_length")
            case 6: c.columnIndexOffset = try r.readI64(f, "ColumnChunk.column_index_offset")
            case 7: c.columnIndexLength = try r.readI32(f, "ColumnChunk.column_index_length")
            case 8, 9:
                c.isEncrypted = true
                try r.skip(f)
            default: try r.skip(f)
            }
        }
        self = c
    }
}
