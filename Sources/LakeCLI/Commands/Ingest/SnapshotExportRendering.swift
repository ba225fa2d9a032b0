import LakeCodec
import LakeOrchestration

/// The final summary of `ingest snapshot`: for people a short report (task, status, tables and files,
/// Glue tables), for scripts one stable JSON object.
enum SnapshotExportRendering {
    static func render(_ result: SnapshotExportResult, as format: OutputFormat) -> String {
        let tables: [OutputValue] = result.tables.map { table in
            .object([
                ("table", .string(table.target)),
                ("location", .string("s3://\(result.taskState.bucket)/\(table.keyPrefix)")),
                ("files", .int(Int64(table.files.count))),
                ("bytes", .int(table.bytes)),
            ])
        }
        let catalog: [OutputValue] = result.catalog.map { entry in
            .object([
                ("database", .string(entry.database)), ("table", .string(entry.table)),
                ("columns", .int(Int64(entry.columns))), ("change", .string(entry.change.word)),
            ])
        }
        let record: [(String, OutputValue)] = [
            ("taskId", .string(result.taskId)),
            ("status", .string(result.taskState.status)),
            ("started", .bool(result.started)),
            ("snapshotArn", .string(result.snapshotArn)),
            ("exportLocation", .string(result.exportLocation)),
            ("roleArn", .string(result.access.roleArn)),
            ("kmsKeyArn", .string(result.access.keyArn)),
            ("percentProgress", .int(Int64(result.taskState.percentProgress))),
            ("tables", .array(tables)),
            ("catalog", .array(catalog)),
        ]
        switch format {
        case .json: return JSONWriter.pretty(.object(record))
        case .jsonl: return JSONWriter.compact(.object(record))
        case .csv:
            return CSVWriter.render(
                header: ["table", "location", "files", "bytes"],
                rows: result.tables.map {
                    [
                        "\($0.target)", "s3://\(result.taskState.bucket)/\($0.keyPrefix)", "\($0.files.count)",
                        "\($0.bytes)",
                    ]
                })
        case .table:
            var text = TableWriter.render(
                record: Array(record.prefix(6)) + [("status detail", .string(detail(result)))])
            if !result.tables.isEmpty {
                text +=
                    "\n\n"
                    + TableWriter.render(
                        header: ["TABLE", "FILES", "BYTES", "LOCATION"],
                        rows: result.tables.map {
                            [
                                $0.target, "\($0.files.count)", "\($0.bytes)",
                                "s3://\(result.taskState.bucket)/\($0.keyPrefix)",
                            ]
                        })
            }
            if !result.catalog.isEmpty {
                text +=
                    "\n\n"
                    + TableWriter.render(
                        header: ["GLUE TABLE", "COLUMNS", "CHANGE"],
                        rows: result.catalog.map { ["\($0.database).\($0.table)", "\($0.columns)", $0.change.summary] })
            }
            return text
        }
    }

    private static func detail(_ result: SnapshotExportResult) -> String {
        if result.taskState.isComplete { return "\(result.tables.count) table(s) exported" }
        return "\(result.taskState.percentProgress)% — follow with `lakectl ingest status \(result.taskId) --watch`"
    }
}
