import ArgumentParser
import Foundation
import LakeCodec
import LakeFilter
import LakeOrchestration

/// `lakectl query --local "SQL" --data NAME=PATH …`: the SQL runs in LakeFilter on local files, no AWS
/// call. Rows print in the chosen format; a query outside the dialect is shown with a caret under the
/// position the error names, exit 64.
enum LocalQuery {
    /// `NAME=PATH`, or `PATH` alone for the file's (or folder's) stem, or a Glue table `DB.TABLE` alone
    /// for TABLE. A PATH may itself hold `=` (Hive folders), so text before the first `=` is a name only
    /// when it is a plain identifier.
    static func binding(_ text: String) throws -> LocalSQL.Binding {
        if isGlueTable(text), let dot = text.firstIndex(of: ".") {
            return LocalSQL.Binding(name: String(text[text.index(after: dot)...]), path: text)
        }
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

    static func run(sql: String, data: [String], maxRows: Int?, format: OutputFormat, common: CommonOptions)
        async throws
    {
        var bindings = try data.map(binding)
        let remote = try await resolveRemote(&bindings, common: common)
        defer { remote.remove() }
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

    /// Bindings to a Glue table `DB.TABLE` read its S3 location; `s3://` locations are copied to a
    /// temporary folder (as `preview` does), which the caller removes. Local paths pass through, and
    /// with none remote no AWS call is made.
    private static func resolveRemote(_ bindings: inout [LocalSQL.Binding], common: CommonOptions) async throws
        -> RemoteFolders
    {
        let snapshot = bindings
        let sources = try await ParquetCommandSupport.runAsync {
            var out: [String] = []
            for b in snapshot {
                if isGlueTable(b.path) {
                    out.append(try await common.session().tableLocation(b.path).description)
                } else {
                    out.append(b.path)
                }
            }
            return try await RemoteFolders.resolve(out, common: common, inferenceOnly: false)
        }
        for i in bindings.indices { bindings[i].path = sources.paths[i] }
        return sources
    }

    /// `DB.TABLE` naming no local file; `name.csv` and the other text extensions stay file names, so a
    /// missing file is reported as one rather than looked up in Glue.
    static func isGlueTable(_ text: String) -> Bool {
        let textExtensions = ["csv", "tsv", "json", "jsonl", "ndjson"]
        return LakeSession.isTableName(text) && !FileManager.default.fileExists(atPath: text)
            && !textExtensions.contains { text.lowercased().hasSuffix("." + $0) }
    }
}
