import AWSCore
import AWSServices
import LakeConfig
import LakeFilter

extension LakeGovernance {
    /// `lakectl preview PATH --as P --table D.T`: P's grants on D.T read from Lake Formation (table, column and
    /// data cells filter grants that include SELECT), bound against the files at `path` as one
    /// `PrincipalView`, narrowed to `columns` when given (a hidden one is an error), with `lf check`'s warnings
    /// for the table. No SELECT at all is an error that says so.
    package func principalView(
        principal: String, table: String, data: LocalSQL.Binding, columns: [String]? = nil
    )
        async throws -> PrincipalPreview
    {
        let (database, name) = try Self.tableParts(table)
        let grants = try await grantedCells(principal: principal, database: database, table: name)
        if grants.isEmpty { throw GovernanceError.noSelect(principal: principal, table: table) }
        let warnings = try await check(database: database).filter { $0.resource == database || $0.resource == table }
        return try Self.bind(
            grants, principal: principal, table: table, data: data, columns: columns, warnings: warnings)
    }

    /// `preview PATH --as P --table D.T --config lake.yaml`: the same with the grants the lake file's teams
    /// declare for P on D.T (a dry run of the teams section before `apply`): no AWS call, no warnings.
    package static func principalView(
        principal: String, table: String, data: LocalSQL.Binding, columns: [String]? = nil, lake: LakeFile
    ) throws -> PrincipalPreview {
        _ = try tableParts(table)
        let grants = try LakeFileGrants.cells(principal: principal, table: table, in: lake)
        if grants.isEmpty { throw GovernanceError.noSelect(principal: principal, table: table) }
        return try bind(grants, principal: principal, table: table, data: data, columns: columns, warnings: [])
    }

    static func tableParts(_ table: String) throws -> (database: String, name: String) {
        guard case .table(let database, let name) = try GrantTarget.parseTable(table) else {
            throw GovernanceError.invalidRequest("--table must be DATABASE.TABLE")
        }
        return (database, name)
    }

    /// The grants bound against the Parquet data `data` names (its dataset read in place, or the files at
    /// its path) as one `PrincipalView`, narrowed to `columns` when given (a hidden one is an error).
    static func bind(
        _ grants: [GrantedCells], principal: String, table: String, data: LocalSQL.Binding, columns: [String]?,
        warnings: [GovernanceWarning]
    ) throws -> PrincipalPreview {
        let path = data.path
        let dataset = try data.dataset ?? ParquetDataset.open(path)
        let view: PrincipalView
        do {
            view = try PrincipalView(grants: grants, schema: dataset.schema)
        } catch {
            throw GovernanceError.rowFilter(table: table, reason: "\(error.description) (checked against \(path))")
        }
        guard let columns else { return PrincipalPreview(dataset: dataset, view: view, warnings: warnings) }
        do {
            return PrincipalPreview(
                dataset: dataset, view: try view.narrowed(to: columns, for: principal), warnings: warnings)
        } catch {
            throw GovernanceError.invalidRequest(error.reason)
        }
    }

    /// The principal's SELECT grants on the table as the cells each shows: a table grant (named or every
    /// table of the database) shows everything, a column grant its columns, a filter grant its filter.
    package func grantedCells(principal: String, database: String, table: String) async throws -> [GrantedCells] {
        let selects = { (row: NormalGrant) in row.permission == "SELECT" || row.permission == "ALL" }
        let named = try await normalGrants(
            principal: principal, resource: LFResource(table: .init(databaseName: database, name: table)))
        let wildcard = try await normalGrants(
            principal: principal,
            resource: LFResource(table: .init(databaseName: database, name: nil, tableWildcard: LFEmptyObject())))
        var cells: [GrantedCells] = []
        for row in named + wildcard where selects(row) && row.principal == principal {
            switch row.resource {
            case .table(let d, let t) where d == database && (t == table || t == "*"):
                cells.append(GrantedCells(rowFilter: nil, columns: .all, source: "SELECT on \(d).\(t)"))
            case .columns(let d, let t, let spec) where d == database && t == table:
                cells.append(
                    GrantedCells(
                        rowFilter: nil, columns: try Self.selection(spec), source: "SELECT on \(row.resource.name)"))
            default: continue
            }
        }
        let filters = try await lf.listDataCellsFilterPages(table: .init(databaseName: database, name: table))
            .collect().flatMap(\.items)
        for filter in filters {
            let held = try await normalGrants(principal: principal, resource: LFResource(dataCellsFilter: filter.id))
            guard held.contains(where: { selects($0) && $0.principal == principal }) else { continue }
            let spec = FilterSpec(filter)
            cells.append(
                GrantedCells(
                    rowFilter: spec.rowFilter, columns: try Self.selection(spec.columns),
                    source: "filter \(filter.name) of \(database).\(table)"))
        }
        return cells + (try await tagPolicyCells(principal: principal, database: database, table: table))
    }

    /// SELECT through LF-tag expressions on tables: all rows, and the columns whose effective tags (the
    /// column's own value for a key, else the table's, else the database's) meet every condition.
    func tagPolicyCells(principal: String, database: String, table: String) async throws -> [GrantedCells] {
        let listed = try await lf.listPermissionsPages(resourceType: "LF_TAG_POLICY").collect().flatMap(\.items)
        let policies = listed.filter { entry in
            entry.principal.identifier == principal && entry.resource.lfTagPolicy?.resourceType == "TABLE"
                && !Set(entry.permissions).isDisjoint(with: ["SELECT", "ALL"])
        }.compactMap(\.resource.lfTagPolicy)
        if policies.isEmpty { return [] }
        let tagged = try await effectiveColumnTags(database: database, table: table)
        let columns = tagged.map(\.column)
        var cells: [GrantedCells] = []
        for policy in policies {
            let visible = tagged.filter { Self.meets(policy.expression, $0.tags) }.map(\.column)
            if visible.isEmpty { continue }
            let expression = policy.expression.map { "\($0.tagKey)=\($0.tagValues.joined(separator: ","))" }
            cells.append(
                GrantedCells(
                    rowFilter: nil,
                    columns: visible.count == columns.count
                        ? .all : try ColumnSelection.make(include: visible, exclude: nil),
                    source: "SELECT on tables tagged \(expression.joined(separator: ";"))"))
        }
        return cells
    }

    /// Each column of D.T (partition keys last) with its effective LF-tags: per key, the column's own value,
    /// else the table's, else the database's — what a tag expression on tables is matched against.
    func effectiveColumnTags(database: String, table: String) async throws -> [(column: String, tags: [String: String])]
    {
        let described: GlueTable
        do {
            described = try await glue.getTable(database: database, name: table)
        } catch let error as AWSError where error.hasCode(GlueClient.ErrorCode.entityNotFound) {
            throw GovernanceError.tableNotFound("\(database).\(table)")
        }
        let columns = ((described.storageDescriptor?.columns ?? []) + (described.partitionKeys ?? [])).map(\.name)
        let values = Self.tagValues
        let onDatabase = values(try await lf.getResourceLFTags(LFResource(database: .init(name: database))).database)
        let onTable = values(
            try await lf.getResourceLFTags(LFResource(table: .init(databaseName: database, name: table))).table)
        let onColumns = try await lf.getResourceLFTags(
            LFResource(tableWithColumns: .init(databaseName: database, name: table, columnNames: columns))
        ).columns
        return columns.map { column in
            let own = values(onColumns.first { $0.name == column }?.tags ?? [])
            return (column, own.merging(onTable) { a, _ in a }.merging(onDatabase) { a, _ in a })
        }
    }

    /// Tags as assigned to one resource: each key's value (a resource holds one value per key).
    static func tagValues(_ pairs: [LFTagPair]) -> [String: String] {
        Dictionary(pairs.compactMap { p in p.tagValues.first.map { (p.tagKey, $0) } }, uniquingKeysWith: { a, _ in a })
    }

    /// Whether tags meet every condition of an LF-tag expression (each key present with one of its values).
    static func meets(_ expression: [LFTagPair], _ tags: [String: String]) -> Bool {
        expression.allSatisfy { condition in tags[condition.tagKey].map(condition.tagValues.contains) ?? false }
    }

    static func selection(_ spec: ColumnSpec) throws -> ColumnSelection {
        switch spec {
        case .all: return .all
        case .include(let names): return try ColumnSelection.make(include: names, exclude: nil)
        case .exclude(let names): return try ColumnSelection.make(include: nil, exclude: names)
        }
    }
}
