/// One result cell, typed from the column's Athena type: integers as `Int64`, decimals as their exact text
/// (a Double would round them), doubles including NaN and ±Infinity, booleans, timestamps as ISO 8601 text,
/// array values as arrays and map/row values as objects (parsed from Athena's `[a, b]` / `{k=v}` text), and
/// everything else (varchar, date…) as Athena's text. SQL NULL is `.null`.
package enum QueryValue: Sendable, Equatable {
    case int(Int64)
    case decimal(String)
    case double(Double)
    case bool(Bool)
    case string(String)
    /// An `array` value, its elements in order.
    indirect case array([QueryValue])
    /// A `map` (keys as text) or `row` (field names) value, its entries in Athena's order.
    indirect case object([QueryField])
    case null

    package static func == (a: QueryValue, b: QueryValue) -> Bool {
        switch (a, b) {
        case let (.int(x), .int(y)): return x == y
        case let (.decimal(x), .decimal(y)): return x == y
        case let (.double(x), .double(y)): return x == y || (x.isNaN && y.isNaN)
        case let (.bool(x), .bool(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.array(x), .array(y)): return x == y
        case let (.object(x), .object(y)): return x == y
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
            self = Self.double(text) ?? .string(text)
        case "boolean":
            self = text == "true" ? .bool(true) : text == "false" ? .bool(false) : .string(text)
        case "timestamp", "timestamp with time zone":
            self = .string(Self.isoTimestamp(text))
        case "array", "map", "row", "struct":
            self = AthenaNestedText.parse(text) ?? .string(text)
        default:
            self = .string(text)
        }
    }

    static func double(_ text: String) -> QueryValue? {
        switch text {
        case "NaN": return .double(.nan)
        case "Infinity": return .double(.infinity)
        case "-Infinity": return .double(-.infinity)
        default: return Double(text).map(QueryValue.double)
        }
    }

    /// Athena prints `2024-02-29 10:11:12.345` (and `… UTC` with a zone); ISO 8601 puts a `T` between date
    /// and time and spells UTC as `Z`, which is what scripts parse.
    static func isoTimestamp(_ text: String) -> String {
        var out = text
        if out.count > 10, out.dropFirst(10).first == " " {
            out = String(out.prefix(10)) + "T" + String(out.dropFirst(11))
        }
        if out.hasSuffix(" UTC") { out = String(out.dropLast(4)) + "Z" }
        return out
    }
}

/// One entry of a map (key text) or row (field name) value.
package struct QueryField: Sendable, Equatable {
    package var name: String
    package var value: QueryValue

    package init(_ name: String, _ value: QueryValue) {
        self.name = name
        self.value = value
    }
}
