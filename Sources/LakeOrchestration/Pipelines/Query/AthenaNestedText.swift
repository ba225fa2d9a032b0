/// Athena's text for nested values (`[1, 2]`, `{a=1, b=[x, y]}`, `null` inside them) parsed into structure.
/// The text carries no element types and no quoting, so scalars are read by what they look like (integer,
/// number, true/false, null, otherwise text), and a string element holding `, `, a bracket, or (in a
/// key) `=` cannot be told apart from structure: that is a limit of Athena's text form, and the reason large or nested results are
/// better fetched through UNLOAD to Parquet, which keeps the types. Malformed text answers nil (the caller
/// keeps it as a string); nothing here traps.
enum AthenaNestedText {
    static func parse(_ text: String) -> QueryValue? {
        var parser = Parser(bytes: Array(text.utf8))
        guard let value = parser.value(depth: 0), parser.atEnd else { return nil }
        return value
    }

    /// Deeper nesting than this is kept as text rather than recursing without bound.
    static let maxDepth = 64

    struct Parser {
        let bytes: [UInt8]
        var i = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        var atEnd: Bool { i == bytes.count }

        mutating func skipSpaces() {
            while i < bytes.count, bytes[i] == UInt8(ascii: " ") { i += 1 }
        }

        mutating func value(depth: Int) -> QueryValue? {
            guard depth < AthenaNestedText.maxDepth, i < bytes.count else { return nil }
            switch bytes[i] {
            case UInt8(ascii: "["): return array(depth: depth)
            case UInt8(ascii: "{"): return object(depth: depth)
            default: return depth == 0 ? nil : scalar()
            }
        }

        mutating func array(depth: Int) -> QueryValue? {
            i += 1
            var items: [QueryValue] = []
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
                i += 1
                return .array(items)
            }
            while true {
                skipSpaces()
                guard let item = value(depth: depth + 1) else { return nil }
                items.append(item)
                guard i < bytes.count else { return nil }
                if bytes[i] == UInt8(ascii: "]") {
                    i += 1
                    return .array(items)
                }
                guard bytes[i] == UInt8(ascii: ",") else { return nil }
                i += 1
            }
        }

        mutating func object(depth: Int) -> QueryValue? {
            i += 1
            var fields: [QueryField] = []
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
                i += 1
                return .object(fields)
            }
            while true {
                skipSpaces()
                let start = i
                while i < bytes.count, bytes[i] != UInt8(ascii: "=") { i += 1 }
                guard i < bytes.count, i > start else { return nil }
                let name = String(decoding: bytes[start..<i], as: UTF8.self)
                i += 1
                guard let item = value(depth: depth + 1) else { return nil }
                fields.append(QueryField(name, item))
                guard i < bytes.count else { return nil }
                if bytes[i] == UInt8(ascii: "}") {
                    i += 1
                    return .object(fields)
                }
                guard bytes[i] == UInt8(ascii: ",") else { return nil }
                i += 1
            }
        }

        /// A scalar runs to the next `, ` (Athena's separator: a comma with no space after it, as in
        /// `a,b`, is text), `]` or `}`; a comma right before the closing bracket is text too (`[x,]`).
        mutating func scalar() -> QueryValue {
            let start = i
            while i < bytes.count, bytes[i] != UInt8(ascii: "]"), bytes[i] != UInt8(ascii: "}") {
                if bytes[i] == UInt8(ascii: ","), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: " ") { break }
                i += 1
            }
            let text = String(decoding: bytes[start..<i], as: UTF8.self)
            if text == "null" { return .null }
            if text == "true" { return .bool(true) }
            if text == "false" { return .bool(false) }
            if let int = Int64(text) { return .int(int) }
            if text.first.map({ $0.isNumber || $0 == "-" }) == true, let double = QueryValue.double(text) {
                return double
            }
            return .string(text)
        }
    }
}
