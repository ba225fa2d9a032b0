import AWSServices
import Foundation

/// A Glue table as lakectl shows it: where its data is, how it is read, its columns and partition keys.
/// Mapped from the API shape here, once, so every command renders the same fields.
package struct CatalogTable: Sendable, Equatable {
    package var database: String
    package var name: String
    package var type: String?
    package var location: String?
    package var inputFormat: String?
    package var outputFormat: String?
    package var serde: String?
    package var serdeParameters: [String: String]
    package var compressed: Bool?
    package var parameters: [String: String]
    package var columns: [CatalogColumn]
    package var partitionKeys: [CatalogColumn]
    package var created: Date?
    package var updated: Date?

    init(_ table: GlueTable, database: String) {
        let descriptor = table.storageDescriptor
        self.database = table.databaseName ?? database
        name = table.name
        type = table.tableType
        location = descriptor?.location
        inputFormat = descriptor?.inputFormat
        outputFormat = descriptor?.outputFormat
        serde = descriptor?.serdeInfo?.serializationLibrary
        serdeParameters = descriptor?.serdeInfo?.parameters ?? [:]
        compressed = descriptor?.compressed
        parameters = table.parameters ?? [:]
        columns = (descriptor?.columns ?? []).map(CatalogColumn.init)
        partitionKeys = (table.partitionKeys ?? []).map(CatalogColumn.init)
        created = table.createTime
        updated = table.updateTime
    }

    /// A short format name people recognise, from the `classification` parameter (set by crawlers and by
    /// lakectl) or else the SerDe / input format class.
    package var format: String? {
        if let classification = parameters["classification"], !classification.isEmpty { return classification }
        let classes = [serde, inputFormat].compactMap { $0?.lowercased() }
        for (needle, name) in [
            ("parquet", "parquet"), ("orc", "orc"), ("avro", "avro"), ("json", "json"), ("csv", "csv"),
            ("lazysimpleserde", "csv"),
        ] where classes.contains(where: { $0.contains(needle) }) {
            return name
        }
        return inputFormat
    }
}
