import AWSServices

/// A data cells filter as lakectl describes it: the table, a row expression (nil = all rows), the columns.
package struct FilterSpec: Sendable, Equatable {
    package var database: String
    package var table: String
    package var name: String
    package var rowFilter: String?
    package var columns: ColumnSpec

    package init(database: String, table: String, name: String, rowFilter: String?, columns: ColumnSpec) {
        self.database = database
        self.table = table
        self.name = name
        self.rowFilter = rowFilter
        self.columns = columns
    }

    init(_ filter: LFDataCellsFilter) {
        database = filter.databaseName
        table = filter.tableName
        name = filter.name
        rowFilter = filter.rowFilter?.filterExpression
        if let names = filter.columnNames, !names.isEmpty {
            columns = .include(names)
        } else if let excluded = filter.columnWildcard?.excludedColumnNames, !excluded.isEmpty {
            columns = .exclude(excluded)
        } else {
            columns = .all
        }
    }

    /// The API shape, in the given catalog.
    func lf(catalogId: String) -> LFDataCellsFilter {
        let id = LFDataCellsFilterId(tableCatalogId: catalogId, databaseName: database, tableName: table, name: name)
        let row =
            rowFilter.map { LFDataCellsFilter.RowFilter(filterExpression: $0) }
            ?? LFDataCellsFilter.RowFilter(allRowsWildcard: LFEmptyObject())
        switch columns {
        case .all: return LFDataCellsFilter(id: id, rowFilter: row, columnWildcard: LFColumnWildcard())
        case .include(let names): return LFDataCellsFilter(id: id, rowFilter: row, columnNames: names)
        case .exclude(let names):
            return LFDataCellsFilter(
                id: id, rowFilter: row, columnWildcard: LFColumnWildcard(excludedColumnNames: names))
        }
    }
}
