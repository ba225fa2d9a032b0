import ArgumentParser
import LakeCodec
import LakeFilter

/// `lakectl query --local "SQL" --data NAME=PATH …`: the SQL runs in LakeFilter on local files, no AWS
/// call. Rows print in the chosen format; a query outside the dialect is shown with a caret under the
/// position the error names, exit 64.
enum LocalQuery {
    /// `NAME=PATH`, or `PATH` alone for the file's (or folder's) stem. A PATH may itself hold `=` (Hive
    /// folders), so text before the first `=` is a name only when it is a plain identifier.
    static func binding(_ text: String) throws -> LocalSQL.Binding {
        if let eq = text.firstIndex(of: "=") {
            let name = String(text[..<eq])
            if !name.isEmpty, name.allSatisfy({ $0 == "_" || $0.isLetter || $0.isNumber }) {
                let path = String(text[text.index(after: eq)...])
                guard !path.isEmpty else { throw ValidationError("--data \(text): the path after '=' is empty") }
                return LocalSQL.Binding(name: name, path: path)
            }
        }
        var path = text
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        var stem = path.split(separator: "/").last.map(String.init) ?? path
        if let dot = stem.firstIndex(of: "."), dot != stem.startIndex { stem = String(stem[..<dot]) }
        guard !stem.isEmpty else { throw ValidationError("--data \(text): cannot name a table after this path") }
        return LocalSQL.Binding(name: stem, path: text)
    }

    static func run(sql: String, data: [String], maxRows: Int?, format: OutputFormat) throws {
        let bindings = try data.map(binding)
        let result: SQLResult
        do {
            result = try ParquetCommandSupport.run { try LocalSQL.run(sql, data: bindings) }
        } catch let error as SQLError {
            if error.position > 0 {
                let line = sql.replacingOccurrences(of: "\n", with: " ")
                let caret = String(repeating: " ", count: error.position - 1) + "^"
                StandardStreams.err("lakectl: error: \(error)\n  \(line)\n  \(caret)")
                throw ExitCode(64)
            }
            StandardStreams.err("lakectl: error: \(error)")
            throw ExitCode(1)
        }
        let names = result.columns.map(\.name)
        let rows = maxRows.map { Array(result.rows.prefix($0)) } ?? result.rows
        let records = rows.map { row in Array(zip(names, row.map { ParquetValueOutput.output($0.codecValue) })) }
        StandardStreams.out(RecordRenderer.render(records: records, columns: names, as: format))
        if format == .table {
            StandardStreams.err("\(rows.count) row\(rows.count == 1 ? "" : "s") (local)")
        }
    }
}
