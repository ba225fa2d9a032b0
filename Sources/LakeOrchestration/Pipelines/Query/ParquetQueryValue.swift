import LakeCodec

/// UNLOAD's Parquet read back as query values and Athena type names, so the UNLOAD path answers exactly
/// what the paging path answers for the same query (decimals exact, timestamps as ISO text, lists as
/// arrays, structs and maps as objects).
enum ParquetQueryValue {
    static func value(_ v: Value) -> QueryValue {
        switch v {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .uint(let u): return u <= UInt64(Int64.max) ? .int(Int64(u)) : .decimal(String(u))
        case .float(let f): return .double(f.isFinite ? Double("\(f)") ?? Double(f) : Double(f))
        case .double(let d): return .double(d)
        case .string(let s): return .string(s)
        case .invalidUTF8(let b): return .string(String(decoding: b, as: UTF8.self))
        case .binary(let b): return .string(b.map { hex($0) }.joined(separator: " "))
        case .decimal(let t): return .decimal(t)
        case .date(let d): return .string(TemporalText.date(days: Int64(d)))
        case .time(let t, let u): return .string(TemporalText.time(t, u))
        case .timestamp(let t, let u, let utc): return .string(millisecondText(TemporalText.timestamp(t, u, utc: utc)))
        case .interval(let m, let d, let ms): return .string("\(m) months \(d) days \(ms) ms")
        case .uuid(let b): return .string(b.map { hex($0) }.joined())
        case .list(let items): return .array(items.map(value))
        case .structure(let fields): return .object(fields.map { QueryField($0.name, value($0.value)) })
        case .map(let entries): return .object(entries.map { QueryField(keyText($0.key), value($0.value)) })
        }
    }

    /// Athena's timestamps have millisecond precision and it prints three fraction digits, whole seconds
    /// included (`03:04:05.000`); Parquet's text is padded to those, and micro- or nanosecond text cut to
    /// them when the rest is zeros, so every fetch path answers the same text.
    static func millisecondText(_ text: String) -> String {
        guard let dot = text.lastIndex(of: ".") else {
            let chars = Array(text)
            guard chars.count >= 19, chars[13] == ":", chars[16] == ":" else { return text }
            return String(chars[..<19]) + ".000" + String(chars[19...])
        }
        let zone = text[dot...].drop { $0 != "Z" && $0 != "+" && $0 != "-" }
        let fraction = text[text.index(after: dot)..<zone.startIndex]
        if fraction.count < 3 {
            return String(text[...dot]) + fraction + String(repeating: "0", count: 3 - fraction.count) + zone
        }
        guard fraction.count > 3, fraction.dropFirst(3).allSatisfy({ $0 == "0" }) else { return text }
        return String(text[...dot]) + fraction.prefix(3) + zone
    }

    /// A map key as Athena prints it in `{k=v}`.
    static func keyText(_ key: Value) -> String {
        switch value(key) {
        case .int(let i): return String(i)
        case .decimal(let d): return d
        case .double(let d): return String(d)
        case .bool(let b): return String(b)
        case .string(let s): return s
        default: return "null"
        }
    }

    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
    }

    /// The Athena type name (and decimal precision/scale) of a Parquet field, from the Arrow type LakeCodec
    /// reads it as.
    static func column(_ node: SchemaNode) -> QueryColumn {
        let arrow = node.arrowType
        func starts(_ p: String) -> Bool { arrow.hasPrefix(p) }
        if starts("decimal") {
            let digits = arrow.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            let (p, s) = digits.count >= 3 ? (digits[1], digits[2]) : (nil, nil)
            return QueryColumn(name: node.name, type: "decimal", precision: p, scale: s)
        }
        let type: String
        switch arrow {
        case "int8", "uint8": type = "tinyint"
        case "int16", "uint16": type = "smallint"
        case "int32", "uint32": type = "integer"
        case "int64", "uint64": type = "bigint"
        case "float", "halffloat": type = "real"
        case "double": type = "double"
        case "bool": type = "boolean"
        case "string": type = "varchar"
        case "date32[day]": type = "date"
        default:
            if starts("timestamp") {
                type = "timestamp"
            } else if starts("time") {
                type = "time"
            } else if starts("list") {
                type = "array"
            } else if starts("map") {
                type = "map"
            } else if starts("struct") {
                type = "row"
            } else {
                type = "varbinary"
            }
        }
        return QueryColumn(name: node.name, type: type)
    }
}
