import LakeCodec

/// Writes OutputValues as JSON by hand rather than through JSONSerialization, so field order is the
/// order the command chose and numbers print the same on every platform.
package enum JSONWriter {
    package static func compact(_ value: OutputValue) -> String {
        var out = ""
        write(value, into: &out, indent: nil, level: 0)
        return out
    }

    package static func pretty(_ value: OutputValue) -> String {
        var out = ""
        write(value, into: &out, indent: "  ", level: 0)
        return out
    }

    /// Finite doubles as JSON numbers; NaN and ±Infinity (which JSON lacks) as strings.
    package static func number(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        return "\(d)"
    }

    private static func write(_ value: OutputValue, into out: inout String, indent: String?, level: Int) {
        switch value {
        case let .string(s): JSONString.append(s, to: &out)
        case let .int(i): out += String(i)
        case let .uint(u): out += String(u)
        case let .double(d):
            if d.isFinite { out += number(d) } else { JSONString.append(number(d), to: &out) }
        case let .bool(b): out += b ? "true" : "false"
        case .null: out += "null"
        case let .array(items):
            if items.isEmpty { out += "[]"; return }
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                newline(into: &out, indent: indent, level: level + 1)
                write(item, into: &out, indent: indent, level: level + 1)
            }
            newline(into: &out, indent: indent, level: level)
            out += "]"
        case let .object(fields):
            if fields.isEmpty { out += "{}"; return }
            out += "{"
            for (i, (key, item)) in fields.enumerated() {
                if i > 0 { out += "," }
                newline(into: &out, indent: indent, level: level + 1)
                JSONString.append(key, to: &out)
                out += indent == nil ? ":" : ": "
                write(item, into: &out, indent: indent, level: level + 1)
            }
            newline(into: &out, indent: indent, level: level)
            out += "}"
        }
    }

    private static func newline(into out: inout String, indent: String?, level: Int) {
        guard let indent else { return }
        out += "\n"
        for _ in 0..<level { out += indent }
    }
}
