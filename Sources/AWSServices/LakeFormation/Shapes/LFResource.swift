/// The resource of a grant (API_Resource): exactly one member is set. Kept as the API's union so what
/// ListPermissions answers decodes without loss; LakeOrchestration normalises it.
package struct LFResource: Codable, Sendable, Hashable {
    package struct Database: Codable, Sendable, Hashable {
        package var catalogId: String?
        package var name: String
        package init(catalogId: String? = nil, name: String) {
            self.catalogId = catalogId
            self.name = name
        }
        enum CodingKeys: String, CodingKey { case catalogId = "CatalogId", name = "Name" }
    }

    package struct Table: Codable, Sendable, Hashable {
        package var catalogId: String?
        package var databaseName: String
        package var name: String?
        /// Set (to `{}`) for "every table of the database" instead of `name`.
        package var tableWildcard: LFEmptyObject?
        package init(catalogId: String? = nil, databaseName: String, name: String?, tableWildcard: LFEmptyObject? = nil)
        {
            self.catalogId = catalogId
            self.databaseName = databaseName
            self.name = name
            self.tableWildcard = tableWildcard
        }
        enum CodingKeys: String, CodingKey {
            case catalogId = "CatalogId", databaseName = "DatabaseName", name = "Name", tableWildcard = "TableWildcard"
        }
    }

    package struct TableWithColumns: Codable, Sendable, Hashable {
        package var catalogId: String?
        package var databaseName: String
        package var name: String
        package var columnNames: [String]?
        package var columnWildcard: LFColumnWildcard?
        package init(
            catalogId: String? = nil, databaseName: String, name: String, columnNames: [String]? = nil,
            columnWildcard: LFColumnWildcard? = nil
        ) {
            self.catalogId = catalogId
            self.databaseName = databaseName
            self.name = name
            self.columnNames = columnNames
            self.columnWildcard = columnWildcard
        }
        enum CodingKeys: String, CodingKey {
            case catalogId = "CatalogId", databaseName = "DatabaseName", name = "Name", columnNames = "ColumnNames"
            case columnWildcard = "ColumnWildcard"
        }
    }

    package struct DataLocation: Codable, Sendable, Hashable {
        package var catalogId: String?
        package var resourceArn: String
        package init(catalogId: String? = nil, resourceArn: String) {
            self.catalogId = catalogId
            self.resourceArn = resourceArn
        }
        enum CodingKeys: String, CodingKey { case catalogId = "CatalogId", resourceArn = "ResourceArn" }
    }

    package var catalog: LFEmptyObject?
    package var database: Database?
    package var table: Table?
    package var tableWithColumns: TableWithColumns?
    package var dataLocation: DataLocation?
    package var dataCellsFilter: LFDataCellsFilterId?
    /// A grant on an LF-tag key itself (DESCRIBE, ASSOCIATE).
    package var lfTag: LFTagPair?
    /// A grant on every database or table matching an LF-tag expression.
    package var lfTagPolicy: LFTagPolicy?

    package init(
        catalog: LFEmptyObject? = nil, database: Database? = nil, table: Table? = nil,
        tableWithColumns: TableWithColumns? = nil, dataLocation: DataLocation? = nil,
        dataCellsFilter: LFDataCellsFilterId? = nil, lfTag: LFTagPair? = nil, lfTagPolicy: LFTagPolicy? = nil
    ) {
        self.catalog = catalog
        self.database = database
        self.table = table
        self.tableWithColumns = tableWithColumns
        self.dataLocation = dataLocation
        self.dataCellsFilter = dataCellsFilter
        self.lfTag = lfTag
        self.lfTagPolicy = lfTagPolicy
    }

    enum CodingKeys: String, CodingKey {
        case catalog = "Catalog", database = "Database", table = "Table", tableWithColumns = "TableWithColumns"
        case dataLocation = "DataLocation", dataCellsFilter = "DataCellsFilter"
        case lfTag = "LFTag", lfTagPolicy = "LFTagPolicy"
    }
}
