import LakeFilter

extension LakeGovernance {
    /// `lakectl query --local SQL --data NAME=PATH --as P`: for each table the query reads, P's SELECT grants on
    /// the Glue table it stands for (`tables`, keyed by lower-case name, value DATABASE.TABLE) are read from Lake
    /// Formation, and the bound files are read as those grants show them before the SQL runs. A table P holds no
    /// SELECT on is an error that says so; one without a Glue table to stand for is an error naming the options.
    package func principalQuery(
        principal: String, sql: String, data: [LocalSQL.Binding], tables: [String: String]
    ) async throws -> PrincipalQuery {
        var grants: [String: [GrantedCells]] = [:]
        var warnings: [GovernanceWarning] = []
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
            let cells = try await grantedCells(principal: principal, database: database, table: table)
            if cells.isEmpty { throw GovernanceError.noSelect(principal: principal, table: qualified) }
            grants[lower] = cells
            for warning in try await check(database: database)
            where (warning.resource == database || warning.resource == qualified) && !warnings.contains(warning) {
                warnings.append(warning)
            }
        }
        let result = try LocalSQL.run(sql, data: data, as: principal, grants: grants)
        return PrincipalQuery(result: result, warnings: warnings)
    }
}
