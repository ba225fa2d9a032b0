import LakeCodec

/// Renders a command's records in the chosen format. Commands build values; this decides the text.
package enum RecordRenderer {
    /// A single record (`whoami`): a field/value table, one JSON object, or a one-row CSV.
    package static func render(record: [(String, OutputValue)], as format: OutputFormat) -> String {
        switch format {
        case .table: return TableWriter.render(record: record)
        case .json: return JSONWriter.pretty(.object(record))
        case .jsonl: return JSONWriter.compact(.object(record))
        case .csv: return CSVWriter.render(header: record.map(\.0), rows: [record.map(\.1.csvField)])
        }
    }

    /// Many records with the same fields: a table, a JSON array, JSON lines, or CSV.
    package static func render(records: [[(String, OutputValue)]], columns: [String], as format: OutputFormat) -> String
    {
        switch format {
        case .table:
            return TableWriter.render(header: columns, rows: records.map { $0.map(\.1.cellText) })
        case .json:
            return JSONWriter.pretty(.array(records.map { .object($0) }))
        case .jsonl:
            return records.map { JSONWriter.compact(.object($0)) }.joined(separator: "\n")
        case .csv:
            return CSVWriter.render(header: columns, rows: records.map { $0.map(\.1.csvField) })
        }
    }
}
