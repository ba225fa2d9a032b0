/// One result cell, typed from the column's Athena type: integers as `Int64`, decimals as their exact text
/// (a Double would round them), doubles including NaN and ±Infinity, booleans, and everything else
/// (varchar, date, timestamp, array, row…) as Athena's text. SQL NULL is `.null`.
package enum QueryValue: Sendable, Equatable {
    case int(Int64)
    case decimal(String)
    case double(Double)
    case bool(Bool)
    case string(String)
    case null

    package static func == (a: QueryValue, b: QueryValue) -> Bool {
        switch (a, b) {
        case let (.int(x), .int(y)): return x == y
        case let (.decimal(x), .decimal(y)): return x == y
        case let (.double(x), .double(y)): return x == y || (x.isNaN && y.isNaN)
        case let (.bool(x), .bool(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case (.null, .null): return true
        default: return false
        }
    }

    /// Reads Athena's text for a column type; text that does not parse as the type stays a string rather
    /// than being lost.
    package init(text: String?, athenaType: String) {
        guard let text else {
            self = .null
            return
        }
        switch athenaType.lowercased() {
        case "bigint", "integer", "int", "smallint", "tinyint":
            self = Int64(text).map(QueryValue.int) ?? .string(text)
        case "decimal":
            self = .decimal(text)
        case "double", "float", "real":
            switch text {
            case "NaN": self = .double(.nan)
            case "Infinity": self = .double(.infinity)
            case "-Infinity": self = .double(-.infinity)
            default: self = Double(text).map(QueryValue.double) ?? .string(text)
            }
        case "boolean":
            self = text == "true" ? .bool(true) : text == "false" ? .bool(false) : .string(text)
        default:
            self = .string(text)
        }
    }
}
