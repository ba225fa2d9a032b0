import LakeCodec

/// One output column of a column filter: a top-level field (or a field inside it), with nested fields an
/// exclude list hides removed from its struct values.
package struct VisibleColumn: Sendable, Equatable {
    /// Output name: the field name, or the dotted path for an included nested field.
    package var name: String
    /// Index of the top-level field in the schema (and in a row's values).
    package var field: Int
    /// Struct fields to descend into from the top-level value (empty for the whole field).
    package var path: [String]
    /// Nested paths to remove from the value (an exclude list naming `address.zip`).
    package var hidden: [[String]]

    /// This column's value in `row` (values in schema order).
    package func value(in row: [Value]) -> Value {
        var v = row[field]
        for part in path {
            guard case .structure(let fields) = v, let f = fields.first(where: { $0.name == part }) else {
                return .null
            }
            v = f.value
        }
        for h in hidden { v = Self.removing(h[...], from: v) }
        return v
    }

    private static func removing(_ path: ArraySlice<String>, from v: Value) -> Value {
        guard let first = path.first, case .structure(var fields) = v else { return v }
        if path.count == 1 {
            fields.removeAll { $0.name == first }
        } else if let i = fields.firstIndex(where: { $0.name == first }) {
            fields[i].value = removing(path.dropFirst(), from: fields[i].value)
        }
        return .structure(fields)
    }
}
