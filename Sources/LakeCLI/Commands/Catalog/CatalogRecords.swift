import LakeOrchestration

/// Catalog objects as output records: the stable field names and order of `--output json|csv`.
enum CatalogRecords {
    static let databaseColumns = ["name", "description", "location", "created"]
    static let tableColumns = ["name", "type", "format", "columns", "partitionKeys", "location", "updated"]

    static func database(_ database: CatalogDatabase) -> [(String, OutputValue)] {
        [
            ("name", .string(database.name)),
            ("description", optional(database.description)),
            ("location", optional(database.location)),
            ("created", OutputTime.value(database.created)),
        ]
    }

    static func tableSummary(_ table: CatalogTable) -> [(String, OutputValue)] {
        [
            ("name", .string(table.name)),
            ("type", optional(table.type)),
            ("format", optional(table.format)),
            ("columns", .int(Int64(table.columns.count))),
            ("partitionKeys", .string(table.partitionKeys.map(\.name).joined(separator: ","))),
            ("location", optional(table.location)),
            ("updated", OutputTime.value(table.updated ?? table.created)),
        ]
    }

    static func optional(_ text: String?) -> OutputValue {
        text.map(OutputValue.string) ?? .null
    }

    /// Parameters in key order, so output is the same on every run.
    static func parameters(_ parameters: [String: String]) -> OutputValue {
        .object(parameters.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })
    }
}
