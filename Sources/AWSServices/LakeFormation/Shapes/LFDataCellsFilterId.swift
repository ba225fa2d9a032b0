/// Names one data cells filter: the four parts of its identity (API_DataCellsFilterResource).
package struct LFDataCellsFilterId: Codable, Sendable, Hashable {
    package var tableCatalogId: String
    package var databaseName: String
    package var tableName: String
    package var name: String

    package init(tableCatalogId: String, databaseName: String, tableName: String, name: String) {
        self.tableCatalogId = tableCatalogId
        self.databaseName = databaseName
        self.tableName = tableName
        self.name = name
    }

    enum CodingKeys: String, CodingKey {
        case tableCatalogId = "TableCatalogId", databaseName = "DatabaseName", tableName = "TableName"
        case name = "Name"
    }
}
