import Foundation

/// A table as the catalog returns it (API_Table): the definition plus who and when.
package struct GlueTable: Codable, Sendable, Equatable {
    package var name: String
    package var databaseName: String?
    package var description: String?
    package var owner: String?
    package var tableType: String?
    package var parameters: [String: String]?
    package var storageDescriptor: GlueStorageDescriptor?
    package var partitionKeys: [GlueColumn]?
    package var createTime: Date?
    package var updateTime: Date?
    package var createdBy: String?
    package var catalogId: String?

    package init(
        name: String, databaseName: String? = nil, description: String? = nil, owner: String? = nil,
        tableType: String? = nil, parameters: [String: String]? = nil, storageDescriptor: GlueStorageDescriptor? = nil,
        partitionKeys: [GlueColumn]? = nil, createTime: Date? = nil, updateTime: Date? = nil, createdBy: String? = nil,
        catalogId: String? = nil
    ) {
        self.name = name
        self.databaseName = databaseName
        self.description = description
        self.owner = owner
        self.tableType = tableType
        self.parameters = parameters
        self.storageDescriptor = storageDescriptor
        self.partitionKeys = partitionKeys
        self.createTime = createTime
        self.updateTime = updateTime
        self.createdBy = createdBy
        self.catalogId = catalogId
    }

    /// The definition as an input for UpdateTable (the read-only fields dropped).
    package var input: GlueTableInput {
        GlueTableInput(
            name: name, description: description, owner: owner, tableType: tableType, parameters: parameters,
            storageDescriptor: storageDescriptor, partitionKeys: partitionKeys)
    }

    enum CodingKeys: String, CodingKey {
        case name = "Name", databaseName = "DatabaseName", description = "Description", owner = "Owner"
        case tableType = "TableType", parameters = "Parameters", storageDescriptor = "StorageDescriptor"
        case partitionKeys = "PartitionKeys", createTime = "CreateTime", updateTime = "UpdateTime"
        case createdBy = "CreatedBy", catalogId = "CatalogId"
    }
}
