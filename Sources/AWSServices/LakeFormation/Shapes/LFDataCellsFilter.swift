/// A data cells filter (API_DataCellsFilter, AWS-NOTES B1): a row filter — an expression, or all rows — and
/// a column set — a list, or all but the excluded. The API takes exactly one of each pair.
package struct LFDataCellsFilter: Codable, Sendable, Hashable {
    package struct RowFilter: Codable, Sendable, Hashable {
        package var filterExpression: String?
        package var allRowsWildcard: LFEmptyObject?
        package init(filterExpression: String? = nil, allRowsWildcard: LFEmptyObject? = nil) {
            self.filterExpression = filterExpression
            self.allRowsWildcard = allRowsWildcard
        }
        enum CodingKeys: String, CodingKey {
            case filterExpression = "FilterExpression", allRowsWildcard = "AllRowsWildcard"
        }
    }

    package var tableCatalogId: String
    package var databaseName: String
    package var tableName: String
    package var name: String
    package var rowFilter: RowFilter?
    package var columnNames: [String]?
    package var columnWildcard: LFColumnWildcard?
    /// Set by Lake Formation on every change; not sent on create.
    package var versionId: String?

    package init(
        id: LFDataCellsFilterId, rowFilter: RowFilter?, columnNames: [String]? = nil,
        columnWildcard: LFColumnWildcard? = nil, versionId: String? = nil
    ) {
        self.tableCatalogId = id.tableCatalogId
        self.databaseName = id.databaseName
        self.tableName = id.tableName
        self.name = id.name
        self.rowFilter = rowFilter
        self.columnNames = columnNames
        self.columnWildcard = columnWildcard
        self.versionId = versionId
    }

    package var id: LFDataCellsFilterId {
        LFDataCellsFilterId(
            tableCatalogId: tableCatalogId, databaseName: databaseName, tableName: tableName, name: name)
    }

    enum CodingKeys: String, CodingKey {
        case tableCatalogId = "TableCatalogId", databaseName = "DatabaseName", tableName = "TableName"
        case name = "Name", rowFilter = "RowFilter", columnNames = "ColumnNames", columnWildcard = "ColumnWildcard"
        case versionId = "VersionId"
    }
}
