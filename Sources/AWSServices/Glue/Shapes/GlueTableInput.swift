/// What CreateTable and UpdateTable send (API_TableInput). UpdateTable replaces the whole definition,
/// so callers build it from the desired state, not as a patch.
package struct GlueTableInput: Codable, Sendable, Equatable {
    package var name: String
    package var description: String?
    package var owner: String?
    /// "EXTERNAL_TABLE" for data in S3 (Athena needs it), "VIRTUAL_VIEW" for views.
    package var tableType: String?
    package var parameters: [String: String]?
    package var storageDescriptor: GlueStorageDescriptor?
    package var partitionKeys: [GlueColumn]?

    package init(
        name: String, description: String? = nil, owner: String? = nil, tableType: String? = "EXTERNAL_TABLE",
        parameters: [String: String]? = nil, storageDescriptor: GlueStorageDescriptor? = nil,
        partitionKeys: [GlueColumn]? = nil
    ) {
        self.name = name
        self.description = description
        self.owner = owner
        self.tableType = tableType
        self.parameters = parameters
        self.storageDescriptor = storageDescriptor
        self.partitionKeys = partitionKeys
    }

    enum CodingKeys: String, CodingKey {
        case name = "Name", description = "Description", owner = "Owner", tableType = "TableType"
        case parameters = "Parameters", storageDescriptor = "StorageDescriptor", partitionKeys = "PartitionKeys"
    }
}
