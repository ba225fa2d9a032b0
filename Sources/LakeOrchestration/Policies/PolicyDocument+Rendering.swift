import LakeCodec

/// Canonical JSON: the same text for the same document, whatever order it was built or parsed in, so
/// generated policies can be diffed, golden-tested and compared byte for byte.
///
/// Rules: elements in the grammar's order (Version, Id, Statement; Sid, Effect, Principal,
/// NotPrincipal, Action, NotAction, Resource, NotResource, Condition); statements in their given order;
/// lists deduplicated and sorted (actions case-insensitively); a one-element list written as a string;
/// object keys sorted; two-space indentation.
extension PolicyDocument {
    package func canonicalJSON(pretty: Bool = true) -> String {
        var fields: [(String, CanonicalValue)] = []
        if let version { fields.append(("Version", .string(version))) }
        if let id { fields.append(("Id", .string(id))) }
        fields.append(("Statement", .array(statements.map { $0.canonicalValue })))
        var out = ""
        CanonicalValue.object(fields).write(into: &out, indent: pretty ? "  " : nil, level: 0)
        return out
    }
}

extension PolicyStatement {
    var canonicalValue: CanonicalValue {
        var fields: [(String, CanonicalValue)] = []
        if let sid { fields.append(("Sid", .string(sid))) }
        fields.append(("Effect", .string(effect.rawValue)))
        if let principal { fields.append(("Principal", principal.canonicalValue)) }
        if let notPrincipal { fields.append(("NotPrincipal", notPrincipal.canonicalValue)) }
        if let action { fields.append(("Action", .list(action, caseInsensitive: true))) }
        if let notAction { fields.append(("NotAction", .list(notAction, caseInsensitive: true))) }
        if let resource { fields.append(("Resource", .list(resource))) }
        if let notResource { fields.append(("NotResource", .list(notResource))) }
        if let condition {
            fields.append(
                (
                    "Condition",
                    .object(
                        condition.keys.sorted().map { op in
                            let keys = condition[op] ?? [:]
                            return (op, .object(keys.keys.sorted().map { ($0, .list(keys[$0] ?? [])) }))
                        })
                ))
        }
        return .object(fields)
    }
}

extension PolicyPrincipal {
    var canonicalValue: CanonicalValue {
        switch self {
        case .anyone: return .string("*")
        case .entities(let map): return .object(map.keys.sorted().map { ($0, .list(map[$0] ?? [])) })
        }
    }
}

/// The few JSON shapes a policy needs, written with a fixed layout.
indirect enum CanonicalValue {
    case string(String)
    case array([CanonicalValue])
    case object([(String, CanonicalValue)])

    /// A set of strings: deduplicated, sorted, and a single item written bare.
    static func list(_ items: [String], caseInsensitive: Bool = false) -> CanonicalValue {
        var seen: Set<String> = []
        var unique: [String] = []
        for item in items where seen.insert(caseInsensitive ? item.lowercased() : item).inserted { unique.append(item) }
        let sorted = unique.sorted {
            caseInsensitive ? ($0.lowercased(), $0) < ($1.lowercased(), $1) : $0 < $1
        }
        return sorted.count == 1 ? .string(sorted[0]) : .array(sorted.map { .string($0) })
    }

    func write(into out: inout String, indent: String?, level: Int) {
        switch self {
        case .string(let text):
            JSONString.append(text, to: &out)
        case .array(let items):
            guard !items.isEmpty else {
                out += "[]"
                return
            }
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                Self.newline(into: &out, indent: indent, level: level + 1)
                item.write(into: &out, indent: indent, level: level + 1)
            }
            Self.newline(into: &out, indent: indent, level: level)
            out += "]"
        case .object(let fields):
            guard !fields.isEmpty else {
                out += "{}"
                return
            }
            out += "{"
            for (index, (key, value)) in fields.enumerated() {
                if index > 0 { out += "," }
                Self.newline(into: &out, indent: indent, level: level + 1)
                JSONString.append(key, to: &out)
                out += indent == nil ? ":" : ": "
                value.write(into: &out, indent: indent, level: level + 1)
            }
            Self.newline(into: &out, indent: indent, level: level)
            out += "}"
        }
    }

    private static func newline(into out: inout String, indent: String?, level: Int) {
        guard let indent else { return }
        out += "\n" + String(repeating: indent, count: level)
    }
}
