/// JSON-lines schema inference: each record's top-level members are the table's columns (Glue's JSON
/// classifier does the same), merged over the records read — under `glue` the first 1,000 records or
/// 1 MB, as the crawler samples; under `full` every record.
package enum JSONSchemaInference {
    package static func infer(path: String, rules: InferenceRules, sizeInBytes: Int, compression: String?) throws
        -> FileSchema
    {
        let reader = try JSONLinesReader(path: path)
        var columns: [JSONShape.Member] = []
        var records = 0
        while let record = try reader.next() {
            records += 1
            columns = JSONShape.union(columns, JSONTypeInference.fields(of: record.fields, rules: rules))
            if let maxRecords = rules.maxRecords, records >= maxRecords { break }
            if let maxBytes = rules.maxBytes, reader.bytesRead >= maxBytes { break }
        }
        return FileSchema(
            path: path, format: .json, columns: columns.map { GlueField(name: $0.name, type: $0.shape.glueType) },
            compression: compression, recordsSampled: records, sizeInBytes: sizeInBytes)
    }
}
