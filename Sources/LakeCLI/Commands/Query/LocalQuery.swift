import ArgumentParser
import Foundation
import LakeCodec
import LakeFilter
import LakeOrchestration

/// `lakectl query --local "SQL" --data NAME=PATH …`: the SQL runs in LakeFilter on local files, S3 objects
/// and Glue tables (Parquet read in place, other formats copied to local files first), never on Athena. Rows print in the chosen format; a query outside the dialect is shown with a caret under the
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

    /// Runs `sql` on the tables `data` binds. A table the query names as `database.table` (or, with
    /// `database`, by a bare name) that `--data` does not bind is a Glue table (as is a `--data` binding to `DB.TABLE`), read from its registered
    /// partitions or its S3 location; an `s3://` PATH is read from S3. Parquet is read in place (footers and
    /// the column chunks the query reads, by ranged GETs), anything else copied to a temporary folder first
    /// and removed afterwards, as `preview` does; bindings the query does not name are not read.
    static func run(
        sql: String, data: [String], database: String?, maxRows: Int?, format: OutputFormat, common: CommonOptions
    ) async throws {
        let named = try reportingSQLErrors(sql) { try LocalSQL.tableNames(sql) }
        let used = Set(named.map { $0.lowercased() })
        let requested = try data.map(binding).filter { used.contains($0.name.lowercased()) }
        let files = requested.filter { !isGlueTable($0.path) }
        let remote = try await ParquetCommandSupport.runAsync {
            try await RemoteFolders.resolve(
                files.map(\.path), common: common, inferenceOnly: false, readInPlace: true)
        }
        var sources = [remote]
        defer { for source in sources { source.remove() } }
        var bindings = files.indices.map { remote.binding($0, name: files[$0].name) }
        for glue in requested where isGlueTable(glue.path) {
            let table = try await ParquetCommandSupport.runAsync {
                try await RemoteFolders.resolveTable(glue.path, common: common)
            }
            sources.append(table)
            bindings.append(table.binding(0, name: glue.name))
        }
        let bound = Set(bindings.map { $0.name.lowercased() })
        for name in named where !bound.contains(name.lowercased()) {
            let qualified = name.contains(".") ? name : database.map { "\($0).\(name)" }
            guard let qualified, LakeSession.isTableName(qualified) else { continue }
            let table = try await ParquetCommandSupport.runAsync {
                try await RemoteFolders.resolveTable(qualified, common: common)
            }
            sources.append(table)
            bindings.append(table.binding(0, name: name))
        }
        let local = bindings
        // On a thread of its own: reading S3 objects in place, the scans wait for their bytes.
        let result = try await OwnThread.run {
            try reportingSQLErrors(sql) {
                try ParquetCommandSupport.run { try LocalSQL.run(sql, data: local) }
            }
        }
        for source in sources { source.reportFetched(verbosity: common.verbose) }
        let names = result.columns.map(\.name)
        let rows = maxRows.map { Array(result.rows.prefix($0)) } ?? result.rows
        let records = rows.map { row in Array(zip(names, row.map { ParquetValueOutput.output($0.codecValue) })) }
        StandardStreams.out(RecordRenderer.render(records: records, columns: names, as: format))
        if format == .table {
            StandardStreams.err("\(rows.count) row\(rows.count == 1 ? "" : "s") (local)")
        }
    }

    /// `body`, with a query the dialect rejects shown with a caret under the position the error names
    /// (exit 64), or its reason alone (exit 1).
    private static func reportingSQLErrors<T>(_ sql: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
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
    }

    /// `DB.TABLE` naming no local file; `name.csv` and the other text extensions stay file names, so a
    /// missing file is reported as one rather than looked up in Glue.
    static func isGlueTable(_ text: String) -> Bool {
        let textExtensions = ["csv", "tsv", "json", "jsonl", "ndjson"]
        return LakeSession.isTableName(text) && !FileManager.default.fileExists(atPath: text)
            && !textExtensions.contains { text.lowercased().hasSuffix("." + $0) }
    }
}
