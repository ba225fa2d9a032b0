/// Reads a Hive type string back into a `GlueType`: how Parquet schemas (whose mapping `SchemaNode.glueType`
/// spells as text) join the merge rules, and how tests check that every type lakectl prints is one the
/// Glue CreateTable API and Athena accept. Depth is limited, so a hostile string cannot recurse forever.
extension GlueType {
    package static let maxDepth = 64

    /// The type `text` spells, or nil when it is not a Glue/Hive type (`struct<a:int>`, `decimal(10,2)`).
    package init?(parsing text: String) {
        var parser = GlueTypeParser(bytes: Array(text.utf8))
        guard let type = parser.parseType(depth: 0), parser.atEnd else { return nil }
        self = type
    }
}

/// Recursive-descent parser over the type grammar; every failure returns nil.
private struct GlueTypeParser {
    let bytes: [UInt8]
    var position = 0

    var atEnd: Bool { position == bytes.count }

    mutating func parseType(depth: Int) -> GlueType? {
        guard depth < GlueType.maxDepth else { return nil }
        let word = identifier().lowercased()
        switch word {
        case "boolean": return .boolean
        case "tinyint": return .tinyint
        case "smallint": return .smallint
        case "int", "integer": return .int
        case "bigint": return .bigint
        case "float": return .float
        case "double": return .double
        case "string": return .string
        case "date": return .date
        case "timestamp": return .timestamp
        case "binary": return .binary
        case "decimal":
            guard eat(UInt8(ascii: "(")), let p = number(), eat(UInt8(ascii: ",")), let s = number(),
                eat(UInt8(ascii: ")")), (1...38).contains(p), s <= p
            else { return nil }
            return .decimal(precision: p, scale: s)
        case "array":
            guard eat(UInt8(ascii: "<")), let element = parseType(depth: depth + 1), eat(UInt8(ascii: ">")) else {
                return nil
            }
            return .array(element)
        case "map":
            guard eat(UInt8(ascii: "<")), let key = parseType(depth: depth + 1), eat(UInt8(ascii: ",")),
                let value = parseType(depth: depth + 1), eat(UInt8(ascii: ">"))
            else { return nil }
            return .map(key: key, value: value)
        case "struct":
            guard eat(UInt8(ascii: "<")) else { return nil }
            var fields: [GlueField] = []
            repeat {
                let name = fieldName()
                guard !name.isEmpty, eat(UInt8(ascii: ":")), let type = parseType(depth: depth + 1) else {
                    return nil
                }
                fields.append(GlueField(name: name, type: type))
            } while eat(UInt8(ascii: ","))
            guard eat(UInt8(ascii: ">")) else { return nil }
            return .structure(fields)
        default:
            return nil
        }
    }

    private mutating func identifier() -> String {
        let start = position
        while position < bytes.count, Self.isLetter(bytes[position]) { position += 1 }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    /// A struct field name runs to the `:`; Glue allows most characters in it.
    private mutating func fieldName() -> String {
        let start = position
        while position < bytes.count,
            ![UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "<"), UInt8(ascii: ">")]
                .contains(bytes[position])
        {
            position += 1
        }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private mutating func number() -> Int? {
        var value = 0
        let start = position
        while position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x39 {
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times.addingReportingOverflow(Int(bytes[position] - 0x30))
            guard !o1, !o2 else { return nil }
            value = sum
            position += 1
        }
        return position > start ? value : nil
    }

    private mutating func eat(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    private static func isLetter(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A)
    }
}
