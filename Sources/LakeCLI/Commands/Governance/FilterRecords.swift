import LakeOrchestration

/// A data cells filter as an output record.
enum FilterRecords {
    static let columns = ["table", "name", "row_filter", "columns"]

    static func record(_ spec: FilterSpec) -> [(String, OutputValue)] {
        [
            ("table", .string("\(spec.database).\(spec.table)")), ("name", .string(spec.name)),
            ("row_filter", .string(spec.rowFilter ?? "*")), ("columns", .string(spec.columns.description)),
        ]
    }
}
