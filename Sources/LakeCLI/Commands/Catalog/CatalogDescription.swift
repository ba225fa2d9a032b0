import LakeOrchestration

/// Renders `catalog describe`: for people, the table's properties then its columns (and partitions)
/// as tables; for scripts, one JSON object, or CSV rows of the columns (or partitions).
enum CatalogDescription {
    static let columnFields = ["name", "type", "partitionKey", "comment"]
    static let partitionFields = ["values", "location"]

    static func render(_ table: CatalogTable, partitions: [CatalogPartition]?, as format: OutputFormat) -> String {
        switch format {
        case .json:
            return JSONWriter.pretty(.object(object(table, partitions: partitions)))
        case .jsonl:
            return JSONWriter.compact(.object(object(table, partitions: partitions)))
        case .csv:
            if let partitions {
                return RecordRenderer.render(
                    records: partitions.map(partitionRecord), columns: partitionFields, as: .csv)
            }
            return RecordRenderer.render(records: columnRecords(table), columns: columnFields, as: .csv)
        case .table:
            var text = TableWriter.render(record: properties(table).map { ($0.0, $0.1) })
            text += "\n\n" + RecordRenderer.render(records: columnRecords(table), columns: columnFields, as: .table)
            if let partitions {
                text +=
                    "\n\n"
                    + (partitions.isEmpty
                        ? "(no partitions)"
                        : RecordRenderer.render(
                            records: partitions.map(partitionRecord), columns: partitionFields, as: .table))
            }
            return text
        }
    }

    /// The table-level fields, in output order.
    static func properties(_ table: CatalogTable) -> [(String, OutputValue)] {
        [
            ("database", .string(table.database)),
            ("table", .string(table.name)),
            ("type", CatalogRecords.optional(table.type)),
            ("location", CatalogRecords.optional(table.location)),
            ("inputFormat", CatalogRecords.optional(table.inputFormat)),
            ("outputFormat", CatalogRecords.optional(table.outputFormat)),
            ("serde", CatalogRecords.optional(table.serde)),
            ("serdeParameters", CatalogRecords.parameters(table.serdeParameters)),
            ("compressed", table.compressed.map(OutputValue.bool) ?? .null),
            ("parameters", CatalogRecords.parameters(table.parameters)),
        ]
    }

    static func object(_ table: CatalogTable, partitions: [CatalogPartition]?) -> [(String, OutputValue)] {
        var fields = properties(table)
        fields.append(("columns", .array(table.columns.map { .object(column($0)) })))
        fields.append(("partitionKeys", .array(table.partitionKeys.map { .object(column($0)) })))
        if let partitions { fields.append(("partitions", .array(partitions.map { .object(partitionRecord($0)) }))) }
        return fields
    }

    /// Data columns first, then partition keys (which Athena shows last too), flagged.
    static func columnRecords(_ table: CatalogTable) -> [[(String, OutputValue)]] {
        let data = table.columns.map { columnRow($0, partitionKey: false) }
        let keys = table.partitionKeys.map { columnRow($0, partitionKey: true) }
        return data + keys
    }

    private static func columnRow(_ column: CatalogColumn, partitionKey: Bool) -> [(String, OutputValue)] {
        [
            ("name", .string(column.name)), ("type", CatalogRecords.optional(column.type)),
            ("partitionKey", .bool(partitionKey)), ("comment", CatalogRecords.optional(column.comment)),
        ]
    }

    private static func column(_ column: CatalogColumn) -> [(String, OutputValue)] {
        [
            ("name", .string(column.name)), ("type", CatalogRecords.optional(column.type)),
            ("comment", CatalogRecords.optional(column.comment)),
        ]
    }

    private static func partitionRecord(_ partition: CatalogPartition) -> [(String, OutputValue)] {
        [
            ("values", .array(partition.values.map(OutputValue.string))),
            ("location", CatalogRecords.optional(partition.location)),
        ]
    }
}
