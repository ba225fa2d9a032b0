import ArgumentParser
import LakeConfig
import LakeFilter
import LakeOrchestration

extension LocalQuery {
    /// `--table-for NAME=DATABASE.TABLE`: the Glue table whose grants `--as` applies to the table bound as NAME.
    static func tableFor(_ text: String) throws -> (name: String, table: String) {
        guard let eq = text.firstIndex(of: "="), eq != text.startIndex, text.index(after: eq) != text.endIndex
        else {
            throw ValidationError("--table-for \(text): expected NAME=DATABASE.TABLE, e.g. orders=shop.orders")
        }
        return (String(text[..<eq]), String(text[text.index(after: eq)...]))
    }

    /// `query --local SQL --data NAME=PATH --as P`: each table bound with --data stands for a Glue table
    /// (`--table-for NAME=D.T`, else `--database D` for D.NAME); P's Lake Formation grants on it decide the
    /// rows and cells the SQL runs on. `lf check`'s findings for those tables are warnings on stderr. With
    /// `--config`, the grants the lake file's teams declare for P instead (no Lake Formation call). With
    /// `--database D`, a table the SQL names that --data does not bind is D's Glue table, read from its S3
    /// location; s3:// paths are read from S3 (Parquet in place by ranged GETs, other formats through a temporary
    /// folder removed afterwards).
    static func runAs(
        principal: String, sql: String, data: [String], database: String?, tableFor: [String],
        maxRows: Int?, format: OutputFormat, common: CommonOptions
    ) async throws {
        var bindings = try data.map(binding)
        var tables: [String: String] = [:]
        if let database {
            for b in bindings { tables[b.name.lowercased()] = "\(database).\(b.name)" }
        }
        let named: [String]
        do {
            named = try LocalSQL.tableNames(sql)
        } catch let error as SQLError {
            throw failure(error, sql: sql)
        }
        // Glue tables (bound with --data NAME=D.T or named by the SQL) are read where their data is, with the
        // catalog's registered partitions: Parquet in place, other formats in temporary folders removed at the end.
        var sources: [RemoteFolders] = []
        defer { for source in sources { source.remove() } }
        for i in bindings.indices where isGlueTable(bindings[i].path) {
            let table = bindings[i].path
            let source = try await ParquetCommandSupport.runAsync {
                try await RemoteFolders.resolveTable(table, common: common)
            }
            sources.append(source)
            tables[bindings[i].name.lowercased()] = table
            bindings[i] = source.binding(0, name: bindings[i].name)
        }
        var bound = Set(bindings.map { $0.name.lowercased() })
        // A table named `D.T` (where the SQL dialect has qualified names), or by its bare name with --database,
        // that --data does not bind: the Glue table itself, read from its location, its grants applied.
        for name in named where !bound.contains(name.lowercased()) {
            guard let qualified = name.contains(".") ? name : database.map({ "\($0).\(name)" }),
                LakeSession.isTableName(qualified)
            else { continue }
            let source = try await ParquetCommandSupport.runAsync {
                try await RemoteFolders.resolveTable(qualified, common: common)
            }
            sources.append(source)
            bindings.append(source.binding(0, name: name))
            tables[name.lowercased()] = qualified
            bound.insert(name.lowercased())
        }
        for text in tableFor {
            let (name, table) = try Self.tableFor(text)
            guard bindings.contains(where: { $0.name.lowercased() == name.lowercased() }) else {
                throw ValidationError(
                    "--table-for \(text): no --data binds \(name) (bound: "
                        + "\(bindings.map(\.name).joined(separator: ", ")))")
            }
            tables[name.lowercased()] = table
        }
        // The other s3:// paths (a binding already read in place keeps its dataset).
        let files = bindings.indices.filter { bindings[$0].dataset == nil }
        let remote = try await ParquetCommandSupport.runAsync {
            try await RemoteFolders.resolve(
                files.map { bindings[$0].path }, common: common, inferenceOnly: false, readInPlace: true)
        }
        sources.append(remote)
        for (k, i) in files.enumerated() { bindings[i] = remote.binding(k, name: bindings[i].name) }
        let seen: PrincipalQuery
        do {
            if let config = common.config {
                let lake = try LakeFileLoading.load(config, for: "reading its teams' grants")
                seen = try await ParquetCommandSupport.runAsync {
                    try await LakeGovernance.principalQuery(
                        principal: principal, sql: sql, data: bindings, tables: tables, lake: lake)
                }
            } else {
                let governance = LakeGovernance(session: try common.session())
                seen = try await ParquetCommandSupport.runAsync {
                    try await governance.principalQuery(principal: principal, sql: sql, data: bindings, tables: tables)
                }
            }
        } catch let error as SQLError {
            throw failure(error, sql: sql)
        }
        for source in sources { source.reportFetched(verbosity: common.verbose) }
        for warning in seen.warnings { StandardStreams.err("lakectl: warning: \(warning.message)") }
        print(seen.result, maxRows: maxRows, format: format)
    }
}
