import AWSCore
import AWSServices
import Foundation

/// Catalog objects as output records: the stable field names and order of `--output json|csv`.
enum CatalogRecords {
    static let databaseColumns = ["name", "description", "location", "created"]
    static let tableColumns = ["name", "type", "format", "columns", "partitionKeys", "location", "updated"]

    static func database(_ database: GlueDatabase) -> [(String, OutputValue)] {
        [
            ("name", .string(database.name)),
            ("description", optional(database.description)),
            ("location", optional(database.locationUri)),
            ("created", time(database.createTime)),
        ]
    }

    static func tableSummary(_ table: GlueTable) -> [(String, OutputValue)] {
        let descriptor = table.storageDescriptor
        return [
            ("name", .string(table.name)),
            ("type", optional(table.tableType)),
            ("format", optional(format(of: table))),
            ("columns", .int(Int64(descriptor?.columns?.count ?? 0))),
            ("partitionKeys", .string((table.partitionKeys ?? []).map(\.name).joined(separator: ","))),
            ("location", optional(descriptor?.location)),
            ("updated", time(table.updateTime ?? table.createTime)),
        ]
    }

    /// A short format name people recognise, from the table's `classification` parameter (set by
    /// crawlers and by lakectl) or else its SerDe / input format class.
    static func format(of table: GlueTable) -> String? {
        if let classification = table.parameters?["classification"], !classification.isEmpty { return classification }
        let classes = [table.storageDescriptor?.serdeInfo?.serializationLibrary, table.storageDescriptor?.inputFormat]
            .compactMap { $0?.lowercased() }
        for (needle, name) in [
            ("parquet", "parquet"), ("orc", "orc"), ("avro", "avro"), ("json", "json"), ("csv", "csv"),
            ("lazysimpleserde", "csv"),
        ] {
            if classes.contains(where: { $0.contains(needle) }) { return name }
        }
        return table.storageDescriptor?.inputFormat
    }

    static func optional(_ text: String?) -> OutputValue {
        text.map(OutputValue.string) ?? .null
    }

    static func time(_ date: Date?) -> OutputValue {
        date.map { .string(AWSTimestamp.format($0)) } ?? .null
    }

    /// Parameters in key order, so output is the same on every run.
    static func parameters(_ parameters: [String: String]?) -> OutputValue {
        .object((parameters ?? [:]).sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })
    }
}
