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
    /// location; s3:// paths are read from S3 (ranged GETs into a temporary folder, removed afterwards).
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
        // catalog's registered partitions, into temporary folders removed at the end.
        var mirrors: [RemoteFolders] = []
        defer { for mirror in mirrors { mirror.remove() } }
        for i in bindings.indices where isGlueTable(bindings[i].path) {
            let table = bindings[i].path
            let mirror = try await ParquetCommandSupport.runAsync {
                try await RemoteFolders.resolveTable(table, common: common)
            }
            mirrors.append(mirror)
            tables[bindings[i].name.lowercased()] = table
            bindings[i].path = mirror.paths[0]
        }
        var bound = Set(bindings.map { $0.name.lowercased() })
        // A table named `D.T` (where the SQL dialect has qualified names), or by its bare name with --database,
        // that --data does not bind: the Glue table itself, read from its location, its grants applied.
        for name in named where !bound.contains(name.lowercased()) {
            guard let qualified = name.contains(".") ? name : database.map({ "\($0).\(name)" }),
                LakeSession.isTableName(qualified)
            else { continue }
            let mirror = try await ParquetCommandSupport.runAsync {
                try await RemoteFolders.resolveTable(qualified, common: common)
            }
            mirrors.append(mirror)
            bindings.append(LocalSQL.Binding(name: name, path: mirror.paths[0]))
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
        let remote = try await ParquetCommandSupport.runAsync {
            try await RemoteFolders.resolve(bindings.map(\.path), common: common, inferenceOnly: false)
        }
        defer { remote.remove() }
        for i in bindings.indices { bindings[i].path = remote.paths[i] }
        let seen: PrincipalQuery
        do {
            if let config = common.config {
                let lake = try LakeFileLoading.load(config)
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
        for warning in seen.warnings { StandardStreams.err("lakectl: warning: \(warning.message)") }
        print(seen.result, maxRows: maxRows, format: format)
    }
}
