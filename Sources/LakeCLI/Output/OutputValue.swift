import LakeCodec

/// A value on its way to the screen or a script: LakeCodec's `JSONValue`, the one JSON tree (objects keep
/// their field order so `--output json` is stable and diffable across runs). The name says what the CLI
/// uses it for; the renderers here decide the text (NaN and Infinity as strings, tables, CSV cells).
package typealias OutputValue = JSONValue

extension JSONValue {
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
