import LakeConfig
import LakeFilter

extension LakeGovernance {
    /// `lakectl query --local SQL --data NAME=PATH --as P`: for each table the query reads, P's SELECT grants on
    /// the Glue table it stands for (`tables`, keyed by lower-case name, value DATABASE.TABLE) are read from Lake
    /// Formation, and the bound files are read as those grants show them before the SQL runs. A table P holds no
    /// SELECT on is an error that says so; one without a Glue table to stand for is an error naming the options.
    package func principalQuery(
        principal: String, sql: String, data: [LocalSQL.Binding], tables: [String: String]
    ) async throws -> PrincipalQuery {
        var warnings: [GovernanceWarning] = []
        let result = try await Self.principalQuery(principal: principal, sql: sql, data: data, tables: tables) {
            database, table in
            let cells = try await grantedCells(principal: principal, database: database, table: table)
            for warning in try await check(database: database)
            where (warning.resource == database || warning.resource == "\(database).\(table)")
                && !warnings.contains(warning)
            {
                warnings.append(warning)
            }
            return cells
        }
        return PrincipalQuery(result: result, warnings: warnings)
    }

    /// The same with the grants the lake file's teams declare for the principal (`--config`): no AWS call.
    package static func principalQuery(
        principal: String, sql: String, data: [LocalSQL.Binding], tables: [String: String], lake: LakeFile
    ) async throws -> PrincipalQuery {
        let result = try await principalQuery(principal: principal, sql: sql, data: data, tables: tables) {
            database, table in try LakeFileGrants.cells(principal: principal, table: "\(database).\(table)", in: lake)
        }
        return PrincipalQuery(result: result, warnings: [])
    }

    /// Runs `sql` with each table it reads restricted to the cells `cells(database, table)` returns for the Glue
    /// table it stands for; none at all is the no-SELECT error.
    static func principalQuery(
        principal: String, sql: String, data: [LocalSQL.Binding], tables: [String: String],
        cells: (String, String) async throws -> [GrantedCells]
    ) async throws -> SQLResult {
        var grants: [String: [GrantedCells]] = [:]
        for name in try LocalSQL.tableNames(sql) {
            let lower = name.lowercased()
            // An unbound name is left to the engine, which names it.
            if grants[lower] != nil || !data.contains(where: { $0.name.lowercased() == lower }) { continue }
            guard let qualified = tables[lower] else {
                throw GovernanceError.invalidRequest(
                    "--as needs the Glue table \(name) stands for: give --database D (for D.\(name)) "
                        + "or --table-for \(name)=DATABASE.TABLE")
            }
            guard case .table(let database, let table) = try GrantTarget.parseTable(qualified) else {
                throw GovernanceError.invalidRequest("--table-for \(name)=\(qualified): expected DATABASE.TABLE")
            }
            let granted = try await cells(database, table)
            if granted.isEmpty { throw GovernanceError.noSelect(principal: principal, table: qualified) }
            grants[lower] = granted
        }
        // On a thread of its own: reading S3 objects in place, the scans wait for their bytes.
        let granted = grants
        return try await OwnThread.run { try LocalSQL.run(sql, data: data, as: principal, grants: granted) }
    }
}
