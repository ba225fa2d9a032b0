import AWSServices

/// One partition of a catalogued table: its key values and where its files are.
package struct CatalogPartition: Sendable, Equatable {
    package var values: [String]
    package var location: String?

    init(_ partition: GluePartition) {
        values = partition.values
        location = partition.storageDescriptor?.location
    }
}
