import LakeCodec

/// A JSON value as read from a policy document, before its elements are interpreted. Numbers keep
/// their text so `"Version"`-like values and condition numbers round-trip without float formatting.
/// Parsed by LakeCodec's `JSONParser` (one JSON parser in lakectl), whose byte offset becomes the line and
/// column a bad policy file's error names.
enum PolicyJSON: Sendable, Equatable {
    case string(String)
    case number(String)
    case bool(Bool)
    case null
    case array([PolicyJSON])
    case object([String: PolicyJSON])

    init(_ value: JSONValue) {
        switch value {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .number(String(i))
        case .uint(let u): self = .number(String(u))
        case .double(let d): self = .number(String(d))
        case .string(let s): self = .string(s)
        case .array(let items): self = .array(items.map(PolicyJSON.init))
        case .object(let members):
            // A repeated key keeps its last value, as IAM's own parser does.
            self = .object(Dictionary(members.map { ($0.0, PolicyJSON($0.1)) }, uniquingKeysWith: { _, last in last }))
        }
    }

    static func parse(_ text: String) throws(PolicyDocumentError) -> PolicyJSON {
        do {
            return PolicyJSON(try JSONParser.parse(text))
        } catch {
            let (line, column) = lineAndColumn(ofByte: error.column - 1, in: text)
            throw .invalidJSON(reason: "line \(line), column \(column): \(error.reason)")
        }
    }

    /// 1-based line and column (in characters) of a byte offset, for error messages.
    static func lineAndColumn(ofByte offset: Int, in text: String) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        let bytes = Array(text.utf8)
        let end = min(max(offset, 0), bytes.count)
        for index in 0..<end where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        let column = String(decoding: bytes[lineStart..<end], as: UTF8.self).count + 1
        return (line, column)
    }

    /// A scalar as text (for condition values), nil for arrays, objects and null.
    var scalarText: String? {
        switch self {
        case .string(let s), .number(let s): return s
        case .bool(let b): return b ? "true" : "false"
        case .null, .array, .object: return nil
        }
    }
}
