import AWSServices

/// Renders `catalog describe`: for people, the table's properties then its columns (and partitions)
/// as tables; for scripts, one JSON object, or CSV rows of the columns (or partitions).
enum CatalogDescription {
    static let columnFields = ["name", "type", "partitionKey", "comment"]
    static let partitionFields = ["values", "location"]

    static func render(_ table: GlueTable, database: String, partitions: [GluePartition]?, as format: OutputFormat)
        -> String
    {
        switch format {
        case .json:
            return JSONWriter.pretty(.object(object(table, database: database, partitions: partitions)))
        case .jsonl:
            return JSONWriter.compact(.object(object(table, database: database, partitions: partitions)))
        case .csv:
            if let partitions {
                return RecordRenderer.render(
                    records: partitions.map(partitionRecord), columns: partitionFields, as: .csv)
            }
            return RecordRenderer.render(records: columnRecords(table), columns: columnFields, as: .csv)
        case .table:
            var text = TableWriter.render(record: properties(table, database: database).map { ($0.0, $0.1) })
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
    static func properties(_ table: GlueTable, database: String) -> [(String, OutputValue)] {
        let descriptor = table.storageDescriptor
        return [
            ("database", .string(table.databaseName ?? database)),
            ("table", .string(table.name)),
            ("type", CatalogRecords.optional(table.tableType)),
            ("location", CatalogRecords.optional(descriptor?.location)),
            ("inputFormat", CatalogRecords.optional(descriptor?.inputFormat)),
            ("outputFormat", CatalogRecords.optional(descriptor?.outputFormat)),
            ("serde", CatalogRecords.optional(descriptor?.serdeInfo?.serializationLibrary)),
            ("serdeParameters", CatalogRecords.parameters(descriptor?.serdeInfo?.parameters)),
            ("compressed", descriptor?.compressed.map(OutputValue.bool) ?? .null),
            ("parameters", CatalogRecords.parameters(table.parameters)),
        ]
    }

    static func object(_ table: GlueTable, database: String, partitions: [GluePartition]?) -> [(String, OutputValue)] {
        var fields = properties(table, database: database)
        fields.append(("columns", .array((table.storageDescriptor?.columns ?? []).map { .object(column($0)) })))
        fields.append(("partitionKeys", .array((table.partitionKeys ?? []).map { .object(column($0)) })))
        if let partitions { fields.append(("partitions", .array(partitions.map { .object(partitionRecord($0)) }))) }
        return fields
    }

    /// Data columns first, then partition keys (which Athena shows last too), flagged.
    static func columnRecords(_ table: GlueTable) -> [[(String, OutputValue)]] {
        let data = (table.storageDescriptor?.columns ?? []).map { columnRow($0, partitionKey: false) }
        let keys = (table.partitionKeys ?? []).map { columnRow($0, partitionKey: true) }
        return data + keys
    }

    private static func columnRow(_ column: GlueColumn, partitionKey: Bool) -> [(String, OutputValue)] {
        [
            ("name", .string(column.name)), ("type", CatalogRecords.optional(column.type)),
            ("partitionKey", .bool(partitionKey)), ("comment", CatalogRecords.optional(column.comment)),
        ]
    }

    private static func column(_ column: GlueColumn) -> [(String, OutputValue)] {
        [
            ("name", .string(column.name)), ("type", CatalogRecords.optional(column.type)),
            ("comment", CatalogRecords.optional(column.comment)),
        ]
    }

    private static func partitionRecord(_ partition: GluePartition) -> [(String, OutputValue)] {
        [
            ("values", .array(partition.values.map(OutputValue.string))),
            ("location", CatalogRecords.optional(partition.storageDescriptor?.location)),
        ]
    }
}
