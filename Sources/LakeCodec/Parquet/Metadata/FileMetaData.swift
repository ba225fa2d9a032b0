/// The footer of a Parquet file (parquet.thrift `FileMetaData`).
package struct FileMetaData: Sendable, Equatable {
    package var version: Int32 = 0
    package var schema: [SchemaElement] = []
    package var numRows: Int64 = 0
    package var rowGroups: [RowGroup] = []
    package var keyValueMetadata: [KeyValue] = []
    package var createdBy: String?
    /// Whether `column_orders` declared TYPE_ORDER per column (min_value/max_value are then trustworthy).
    package var columnOrdersDefined = false
    /// Set when a plaintext footer declares `encryption_algorithm` (modular encryption).
    package var encryptionAlgorithm: String?
}

extension FileMetaData {
    /// Decodes the footer bytes. `baseOffset` is the footer's position in the file, for error messages.
    init(bytes: [UInt8], baseOffset: Int) throws {
        var r = ThriftCompactReader(ByteCursor(bytes, baseOffset: baseOffset), context: "FileMetaData")
        var m = FileMetaData()
        try r.readStruct { r, f in
            switch f.id {
            case 1: m.version = try r.readI32(f, "FileMetaData.version")
            case 2:
                m.schema = try r.readList(f, "FileMetaData.schema") { r, t in
                    try r.elementStruct(t, "SchemaElement") { try SchemaElement(thrift: &$0) }
                }
            case 3: m.numRows = try r.readI64(f, "FileMetaData.num_rows")
            case 4:
                m.rowGroups = try r.readList(f, "FileMetaData.row_groups") { r, t in
                    try r.elementStruct(t, "RowGroup") { try RowGroup(thrift: &$0) }
                }
            case 5: m.keyValueMetadata = try KeyValue.list(&r, f, "FileMetaData.key_value_metadata")
            case 6: m.createdBy = try r.readString(f, "FileMetaData.created_by")
            case 7:
                m.columnOrdersDefined = true
                try r.skip(f)
            case 8:
                var name = "unknown"
                try r.readStruct(f, "FileMetaData.encryption_algorithm") { r in
                    try r.readStruct { r, g in
                        name = g.id == 1 ? "AES_GCM_V1" : g.id == 2 ? "AES_GCM_CTR_V1" : "unknown"
                        try r.skip(g)
                    }
                }
                m.encryptionAlgorithm = name
            default: try r.skip(f)
            }
        }
        guard !m.schema.isEmpty else {
            throw CodecError.corrupt(what: "FileMetaData.schema", offset: baseOffset, reason: "the schema is empty")
        }
        self = m
    }
}
