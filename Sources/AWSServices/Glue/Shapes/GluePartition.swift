import Foundation

/// One partition of a table (API_Partition): its key values in partition-key order and where its
/// files are.
package struct GluePartition: Codable, Sendable, Equatable {
    package var values: [String]
    package var databaseName: String?
    package var tableName: String?
    package var storageDescriptor: GlueStorageDescriptor?
    package var parameters: [String: String]?
    package var creationTime: Date?
    package var lastAccessTime: Date?

    package init(
        values: [String], databaseName: String? = nil, tableName: String? = nil,
        storageDescriptor: GlueStorageDescriptor? = nil, parameters: [String: String]? = nil,
        creationTime: Date? = nil, lastAccessTime: Date? = nil
    ) {
        self.values = values
        self.databaseName = databaseName
        self.tableName = tableName
        self.storageDescriptor = storageDescriptor
        self.parameters = parameters
        self.creationTime = creationTime
        self.lastAccessTime = lastAccessTime
    }

    enum CodingKeys: String, CodingKey {
        case values = "Values", databaseName = "DatabaseName", tableName = "TableName"
        case storageDescriptor = "StorageDescriptor", parameters = "Parameters", creationTime = "CreationTime"
        case lastAccessTime = "LastAccessTime"
    }
}
