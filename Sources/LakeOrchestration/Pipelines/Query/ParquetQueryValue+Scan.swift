import LakeCodec

extension ParquetQueryValue {
    /// A scanned column's rows as query values. The common flat types come straight from the decoded
    /// storage (no `Value` per cell); the rest (decimals, timestamps, floats, nested fields) go through
    /// `value(_:)`, so every path answers the same text for them.
    static func values(_ column: ScanColumn, field: SchemaNode) -> [QueryValue] {
        switch field.arrowType {
        case "int64", "int32", "int16", "int8":
            if let v = column.integers() { return v.map { $0.map(QueryValue.int) ?? .null } }
        case "double":
            if let v = column.doubles() { return v.map { $0.map(QueryValue.double) ?? .null } }
        case "string":
            if let v = column.strings() { return v.map { $0.map(QueryValue.string) ?? .null } }
        case "bool":
            if let v = column.booleans() { return v.map { $0.map(QueryValue.bool) ?? .null } }
        default:
            break
        }
        return (0..<column.count).map { value(column.value($0)) }
    }
}
