import LakeCodec

/// Renders inferred tables with the Glue API's own field names, so `--output json` can be passed to
/// `aws glue create-table --table-input` (TableInput) and `create-partition --partition-input`
/// (PartitionInput) as is (https://docs.aws.amazon.com/glue/latest/webapi/API_TableInput.html,
/// API_StorageDescriptor.html, API_SerDeInfo.html, API_Column.html, API_PartitionInput.html).
enum GlueTableOutput {
    static func tableInput(_ table: GlueTableDefinition) -> OutputValue {
        .object([
            ("Name", .string(table.name)),
            ("TableType", .string(GlueTableDefinition.tableType)),
            ("Parameters", strings(table.parameters)),
            ("PartitionKeys", .array(table.partitionKeys.map(column))),
            (
                "StorageDescriptor",
                .object([
                    ("Columns", .array(table.columns.map(column))),
                    ("Location", .string(table.location)),
                    ("InputFormat", .string(table.inputFormat)),
                    ("OutputFormat", .string(table.outputFormat)),
                    ("Compressed", .bool(table.compressed)),
                    (
                        "SerdeInfo",
                        .object([
                            ("SerializationLibrary", .string(table.serializationLibrary)),
                            ("Parameters", strings(table.serdeParameters)),
                        ])
                    ),
                    ("StoredAsSubDirectories", .bool(false)),
                ])
            ),
        ])
    }

    /// One PartitionInput per partition folder: its values and its own location.
    static func partitionInputs(_ table: GlueTableDefinition) -> OutputValue {
        .array(
            table.partitions.map { p in
                .object([
                    ("Values", .array(p.values.map(OutputValue.string))),
                    ("StorageDescriptor", .object([("Location", .string(p.location))])),
                ])
            })
    }

    /// One row per column then per partition key, for `--output table|csv`.
    static func columnRecords(_ table: GlueTableDefinition, withTable: Bool) -> [[(String, OutputValue)]] {
        let rows = table.columns.map { ($0, "column") } + table.partitionKeys.map { ($0, "partition key") }
        return rows.map { field, kind in
            (withTable ? [("table", OutputValue.string(table.name))] : [])
                + [("column", .string(field.name)), ("type", .string(field.type.description)), ("kind", .string(kind))]
        }
    }

    static func column(_ field: GlueField) -> OutputValue {
        .object([("Name", .string(field.name)), ("Type", .string(field.type.description))])
    }

    static func strings(_ pairs: [(String, String)]) -> OutputValue {
        .object(pairs.map { ($0.0, OutputValue.string($0.1)) })
    }
}
