/// Parquet schema inference: the crawler reads the schema from the footer (AWS-NOTES B2), so both rule
/// sets give the same answer — each top-level field mapped by `SchemaNode.glueType` (INT96 and timestamps
/// → timestamp, decimals, lists/maps/structs), its name lower-cased as Glue stores it.
package enum ParquetSchemaInference {
    package static func infer(path: String, sizeInBytes: Int) throws -> FileSchema {
        try infer(file: ParquetFile.open(path), path: path, sizeInBytes: sizeInBytes)
    }

    /// The same from a file already opened (e.g. from an S3 object's footer fetched with ranged GETs).
    package static func infer(file: ParquetFile, path: String, sizeInBytes: Int) -> FileSchema {
        let columns = file.schema.root.children.map { GlueField(name: $0.name.lowercased(), type: $0.glueTypeValue) }
        return FileSchema(
            path: path, format: .parquet, columns: columns, compression: nil,
            recordsSampled: Int(clamping: file.numRows), sizeInBytes: sizeInBytes)
    }
}

extension SchemaNode {
    /// `glueType` as a value, for merging across files. The mapping only produces types the parser reads,
    /// so the string fallback is for safety, not an expected path.
    package var glueTypeValue: GlueType { GlueType(parsing: glueType) ?? .string }
}
