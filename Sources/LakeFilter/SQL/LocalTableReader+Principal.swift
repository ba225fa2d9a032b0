import LakeCodec

extension LocalTableReader {
    /// A table as one principal sees it (`query --local --as`): its files read through a `PrincipalView` of
    /// the principal's grants — rows outside every grant dropped, cells no matching grant shows NULL, hidden
    /// columns absent (so `SELECT *` expands to the visible ones). `only` (lower-case) narrows the visible
    /// columns to those the query names. `hidden` holds the table's other columns (lower-case), so a query
    /// naming one can be told it is hidden rather than missing.
    package struct PrincipalTable: Sendable {
        package var table: SQLTable
        package var hidden: Set<String>
    }

    package static func principalTable(
        _ binding: LocalSQL.Binding, name: String, grants: [GrantedCells], only: Set<String>?
    ) throws -> PrincipalTable {
        try withDataset(binding) { dataset in
            let view: PrincipalView
            do {
                view = try PrincipalView(grants: grants, schema: dataset.schema)
            } catch let error as FilterError {
                throw SQLError.runtime("table \(name) (\(binding.path)): \(error.reason)")
            }
            let fields = dataset.fileFields + dataset.partitionKeys
            let chosen = view.columns.filter { only?.contains($0.name.lowercased()) ?? true }
            let types = try chosen.map { column in
                guard column.path.isEmpty else {
                    throw SQLError.runtime(
                        "table \(name): the grant shows the nested field \(column.name), which local SQL cannot read")
                }
                return SQLType(glue: fields[column.field].type)
            }
            let narrowed = try view.narrowed(to: chosen.map(\.name), for: "")
            var rows: [[SQLValue]] = []
            _ = try narrowed.scan(dataset) { chunk in
                for row in chunk { rows.append(try zip(row, types).map { try SQLValue($0, as: $1) }) }
                return true
            }
            let visible = Set(view.columns.map { $0.name.lowercased() })
            return PrincipalTable(
                table: SQLTable(
                    columns: zip(chosen, types).map { SQLTable.Column(name: $0.name, type: $1) }, rows: rows),
                hidden: Set(fields.map { $0.name.lowercased() }).subtracting(visible))
        }
    }
}
