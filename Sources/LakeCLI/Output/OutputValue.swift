/// A value on its way to the screen or a script. Objects keep their field order so `--output json`
/// is stable and diffable across runs.
package indirect enum OutputValue: Sendable, Equatable {
    case string(String)
    case int(Int64)
    /// An unsigned 64-bit integer: always a JSON number, so a uint64 column never mixes numbers and strings.
    case uint(UInt64)
    case double(Double)
    case bool(Bool)
    case null
    case array([OutputValue])
    case object([(String, OutputValue)])

    package static func == (a: OutputValue, b: OutputValue) -> Bool {
        switch (a, b) {
        case let (.string(x), .string(y)): return x == y
        case let (.int(x), .int(y)): return x == y
        case let (.uint(x), .uint(y)): return x == y
        case let (.double(x), .double(y)): return x == y || (x.isNaN && y.isNaN)
        case let (.bool(x), .bool(y)): return x == y
        case (.null, .null): return true
        case let (.array(x), .array(y)): return x == y
        case let (.object(x), .object(y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// A CSV field: nil for null (written empty) so an empty string stays distinct (written `""`).
    package var csvField: String? {
        if case .null = self { return nil }
        return cellText
    }

    /// A data cell in a table (`cat --output table`): NULL spelled out, so it differs from an empty string.
    package var tableCell: String {
        if case .null = self { return "NULL" }
        return cellText
    }

    /// Text for a table or CSV cell: strings bare, null empty, nested values as compact JSON.
    package var cellText: String {
        switch self {
        case let .string(s): return s
        case let .int(i): return String(i)
        case let .uint(u): return String(u)
        case let .double(d): return JSONWriter.number(d)
        case let .bool(b): return b ? "true" : "false"
        case .null: return ""
        case .array, .object: return JSONWriter.compact(self)
        }
    }
}
