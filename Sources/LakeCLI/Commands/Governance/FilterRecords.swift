import LakeOrchestration

/// A data cells filter as an output record.
enum FilterRecords {
    static let columns = ["table", "name", "rowFilter", "columns"]

    static func record(_ spec: FilterSpec) -> [(String, OutputValue)] {
        [
            ("table", .string("\(spec.database).\(spec.table)")), ("name", .string(spec.name)),
            ("rowFilter", .string(spec.rowFilter ?? "*")), ("columns", .string(spec.columns.description)),
        ]
    }
}
