/// Compact JSON text (RFC 8259, no insignificant whitespace) of a parsed value: what `convert` stores in a
/// Parquet JSON column for a nested value, so that any JSON reader gets the value back. Member order and
/// duplicate keys are kept as parsed; strings escape only what RFC 8259 section 7 requires.
extension JSONValue {
    package var compactJSONText: String {
        var out = ""
        write(to: &out)
        return out
    }

    private func write(to out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .uint(let u): out += String(u)
        // The parser only produces finite doubles; Swift's shortest round-trip spelling is valid JSON.
        case .double(let d): out += d.isFinite ? "\(d)" : "null"
        case .string(let s): JSONString.append(s, to: &out)
        case .array(let items):
            out += "["
            for (k, item) in items.enumerated() {
                if k > 0 { out += "," }
                item.write(to: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (k, member) in members.enumerated() {
                if k > 0 { out += "," }
                JSONString.append(member.0, to: &out)
                out += ":"
                member.1.write(to: &out)
            }
            out += "}"
        }
    }
}
