import LakeCodec

/// What one principal sees of a dataset, given all its grants on the table, combined as Lake Formation
/// combines them (AWS-NOTES B1): a row is visible when any grant's row filter makes it TRUE (the union; a grant
/// on all rows wins), and in that row a cell is visible when a grant whose filter matched the row has its
/// column — cell-level security, where a column can be visible in some rows and NULL in others. The columns
/// are those of any grant, in table order. With one grant this is exactly its filter and projection.
package struct PrincipalView: Sendable {
    struct Compiled: Sendable {
        var filter: BoundFilter?
        var columns: [VisibleColumn]
    }

    let grants: [Compiled]
    /// The output columns: every grant's, deduplicated by name, in table order (or as `narrowed`).
    package private(set) var columns: [VisibleColumn]
    /// Every column of the table, visible or not, to tell a hidden column from a misspelt one.
    let tableColumns: [String]

    /// Binds each grant's filter and columns against `schema`; an error names the grant.
    package init(grants: [GrantedCells], schema: FilterSchema) throws(FilterError) {
        var compiled: [Compiled] = []
        for grant in grants {
            do throws(FilterError) {
                compiled.append(
                    Compiled(
                        filter: try grant.rowFilter.map { text throws(FilterError) in
                            try BoundFilter.compile(text, schema: schema)
                        },
                        columns: try grant.columns.visibleColumns(of: schema)))
            } catch {
                throw FilterError(position: error.position, reason: "\(grant.source): \(error.reason)")
            }
        }
        self.grants = compiled
        tableColumns = schema.fields.map(\.name)
        var seen: Set<String> = []
        columns = compiled.flatMap(\.columns).sorted { ($0.field, $0.name) < ($1.field, $1.name) }
            .filter { seen.insert($0.name).inserted }
    }

    package var names: [String] { columns.map(\.name) }

    /// Only these of the visible columns, in this order. A column the grants hide is an error that says so
    /// (as Lake Formation refuses a query naming it), a column the table does not have is another.
    package func narrowed(to wanted: [String], for principal: String) throws(FilterError) -> PrincipalView {
        var copy = self
        copy.columns = try wanted.map { name throws(FilterError) in
            if let column = columns.first(where: { $0.name.lowercased() == name.lowercased() }) { return column }
            if tableColumns.contains(where: { $0.lowercased() == name.lowercased() }) {
                throw FilterError(
                    position: 1,
                    reason: "column \(name) is hidden for \(principal): no grant of its on the table shows it")
            }
            throw FilterError(
                position: 1, reason: "no column \(name); the columns are \(tableColumns.joined(separator: ", "))")
        }
        return copy
    }

    /// Scans `dataset`, handing `body` the visible rows projected to `columns` (NULL where no matching grant
    /// shows the cell); `body` returns false to stop. `kept` counts the visible rows, `read` all rows.
    package func scan(_ dataset: ParquetDataset, _ body: ([[Value]]) throws -> Bool) throws -> ParquetDataset.Counts {
        // One grant (the usual case) is its filter and projection: the dataset's own scan, with row-group pruning.
        if grants.count == 1 { return try dataset.scan(filter: grants[0].filter, columns: columns, body) }
        let names = (dataset.fileFields + dataset.partitionKeys).map(\.name)
        let whole = names.indices.map { VisibleColumn(name: names[$0], field: $0, path: [], hidden: []) }
        let evaluators = grants.map { $0.filter.map(FilterEvaluator.init) }
        var kept = 0
        var wantsRows = true
        var counts = try dataset.scan(filter: nil, columns: whole) { rows in
            // For each grant, which of these rows its filter lets through.
            var matched = [[Bool]](repeating: [Bool](repeating: false, count: grants.count), count: rows.count)
            for (g, grant) in grants.enumerated() {
                guard let filter = grant.filter, let evaluator = evaluators[g] else {
                    for r in rows.indices { matched[r][g] = true }
                    continue
                }
                let batch = try FilterBatch(rows: rows, fieldNames: names, filter: filter)
                for r in evaluator.keptRows(batch) { matched[Int(r)][g] = true }
            }
            var visible: [[Value]] = []
            for (r, row) in rows.enumerated() where matched[r].contains(true) {
                visible.append(
                    columns.map { column in
                        for (g, grant) in grants.enumerated() where matched[r][g] {
                            if let own = grant.columns.first(where: { $0.name == column.name }) {
                                return own.value(in: row)
                            }
                        }
                        return .null
                    })
            }
            kept += visible.count
            if wantsRows, !visible.isEmpty { wantsRows = try body(visible) }
            return true
        }
        counts.kept = kept
        return counts
    }
}
