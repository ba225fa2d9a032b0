import AWSCore
import AWSServices

extension LakeGovernance {
    /// The grants, normalised, narrowed to a principal, a database and/or a table (`D.T`), each filter grant with
    /// its filter's row expression and columns.
    package func grants(principal: String? = nil, database: String? = nil, table: String? = nil) async throws
        -> [GrantRow]
    {
        var rows: [NormalGrant]
        var tagged: [NormalGrant] = []
        if let table, case .table(let d, let t) = try GrantTarget.parseTable(table) {
            if database == nil || database == d {
                tagged = try await tagPolicyGrants(principal: principal, database: d, table: t)
            }
            // A Table resource answers the table's own and its column grants; filter grants are asked per filter.
            let tableResource = LFResource(table: .init(databaseName: d, name: t))
            rows = try await normalGrants(principal: principal, resource: tableResource)
            let filters = try await lf.listDataCellsFilterPages(table: .init(databaseName: d, name: t)).collect()
            for filter in filters.flatMap(\.items) {
                rows += try await normalGrants(principal: principal, resource: LFResource(dataCellsFilter: filter.id))
            }
        } else {
            rows = try await normalGrants()
            if let database { tagged = try await databaseTagPolicyGrants(principal: principal, database: database) }
        }
        rows = rows.filter { row in
            (principal == nil || row.principal == principal)
                && (database == nil || row.resource.databaseName == database)
                && (table == nil || row.resource.tableName == table)
        }
        // Tag-expression grants reach the table or database through its tags, not its name; matched above.
        rows += tagged
        let specs = try await filterSpecs(for: rows)
        return Array(Set(rows)).sorted().map { row in
            switch row.resource {
            case .filter(let d, let t, let name):
                let spec = specs["\(d).\(t)/\(name)"]
                return GrantRow(
                    grant: row, rowFilter: spec.map { $0.rowFilter ?? "*" }, columns: spec?.columns.description)
            case .columns(_, _, let columns):
                return GrantRow(grant: row, columns: columns.description)
            default:
                return GrantRow(grant: row)
            }
        }
    }

    /// The grants on LF-tag expressions on tables that reach D.T: those whose every condition is met by the
    /// effective tags of the table or of one of its columns (a column override can expose it alone).
    func tagPolicyGrants(principal: String?, database: String, table: String) async throws -> [NormalGrant] {
        let listed = try await lf.listPermissionsPages(resourceType: "LF_TAG_POLICY").collect().flatMap(\.items)
        let entries = listed.filter { entry in
            entry.resource.lfTagPolicy?.resourceType == "TABLE"
                && (principal == nil || entry.principal.identifier == principal)
        }
        if entries.isEmpty { return [] }
        let tagged = try await effectiveColumnTags(database: database, table: table)
        return GrantNormalizer.normalise(
            entries.filter { entry in
                guard let policy = entry.resource.lfTagPolicy else { return false }
                return tagged.contains { Self.meets(policy.expression, $0.tags) }
            })
    }

    /// The grants on LF-tag expressions on databases whose every condition D's own tags meet.
    func databaseTagPolicyGrants(principal: String?, database: String) async throws -> [NormalGrant] {
        let listed = try await lf.listPermissionsPages(resourceType: "LF_TAG_POLICY").collect().flatMap(\.items)
        let entries = listed.filter { entry in
            entry.resource.lfTagPolicy?.resourceType == "DATABASE"
                && (principal == nil || entry.principal.identifier == principal)
        }
        if entries.isEmpty { return [] }
        let tags = Self.tagValues(
            try await lf.getResourceLFTags(LFResource(database: .init(name: database))).database)
        return GrantNormalizer.normalise(
            entries.filter { entry in entry.resource.lfTagPolicy.map { Self.meets($0.expression, tags) } ?? false })
    }

    /// The filters behind the filter grants in `rows`, by `D.T/name`, listed once per table.
    private func filterSpecs(for rows: [NormalGrant]) async throws -> [String: FilterSpec] {
        var tables: Set<[String]> = []
        for row in rows { if case .filter(let d, let t, _) = row.resource { tables.insert([d, t]) } }
        var specs: [String: FilterSpec] = [:]
        for table in tables {
            let pages = try await lf.listDataCellsFilterPages(table: .init(databaseName: table[0], name: table[1]))
                .collect()
            for filter in pages.flatMap(\.items) {
                specs["\(filter.databaseName).\(filter.tableName)/\(filter.name)"] = FilterSpec(filter)
            }
        }
        return specs
    }
}
