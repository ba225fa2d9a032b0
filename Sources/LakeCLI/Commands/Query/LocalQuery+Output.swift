import ArgumentParser
import LakeCodec
import LakeFilter

/// How `query --local --as` reports: the SQL error with a caret (exit 64) or its reason (exit 1), the rows in the
/// chosen format — as `LocalQuery.run` reports for the unrestricted query.
extension LocalQuery {
    /// Prints a local SQL error (with a caret under its position when it has one) and returns the exit code:
    /// 64 for a query outside the dialect, 1 for one that failed while running.
    static func failure(_ error: SQLError, sql: String) -> ExitCode {
        if error.position > 0 {
            let line = sql.replacingOccurrences(of: "\n", with: " ")
            let caret = String(repeating: " ", count: error.position - 1) + "^"
            StandardStreams.err("lakectl: error: \(error)\n  \(line)\n  \(caret)")
            return ExitCode(64)
        }
        StandardStreams.err("lakectl: error: \(error)")
        return ExitCode(1)
    }

    /// The rows (at most `maxRows`) in `format`; with table output, the row count on stderr.
    static func print(_ result: SQLResult, maxRows: Int?, format: OutputFormat) {
        let names = result.columns.map(\.name)
        let rows = maxRows.map { Array(result.rows.prefix($0)) } ?? result.rows
        let records = rows.map { row in Array(zip(names, row.map { ParquetValueOutput.output($0.codecValue) })) }
        StandardStreams.out(RecordRenderer.render(records: records, columns: names, as: format))
        if format == .table {
            StandardStreams.err("\(rows.count) row\(rows.count == 1 ? "" : "s") (local)")
        }
    }
}
