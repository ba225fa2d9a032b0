/// A JSON value (RFC 8259), small on purpose: the one JSON tree in lakectl — what the parser produces for
/// schema inference, `convert` and policy documents, and what the CLI renders for `--output json`.
/// Objects keep their member order (a crawler's struct fields follow first appearance; output fields stay
/// in a stable order) and duplicate keys as written; integers that fit in 64 bits stay exact, larger ones
/// become doubles when parsed. `uint` exists for output only (a uint64 column is always a JSON number);
/// the parser never produces it. Equality treats NaN as equal to NaN, so values compare as they print.
package indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int64)
    case uint(UInt64)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    package static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.int(x), .int(y)): return x == y
        case let (.uint(x), .uint(y)): return x == y
        case let (.double(x), .double(y)): return x == y || (x.isNaN && y.isNaN)
        case let (.string(x), .string(y)): return x == y
        case let (.array(x), .array(y)): return x == y
        case let (.object(x), .object(y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }
}
