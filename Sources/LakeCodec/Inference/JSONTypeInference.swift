/// Types of JSON values as Glue's JSON classifier gives them (AWS-NOTES B2; the crawler writes
/// `org.openx.data.jsonserde.JsonSerDe` tables): objects → `struct<…>` (fields in order of first
/// appearance, unioned over records), arrays → `array<…>` of the merged element type, integers → bigint,
/// other numbers → double, true/false → boolean, strings → string. Under `--rules full` a string column
/// whose every value is a timestamp becomes `timestamp`. A null says nothing about the type, so it is
/// nil here; a column that is only ever null ends as string.
package enum JSONTypeInference {
    package static func type(of value: JSONValue, rules: InferenceRules) -> GlueType? {
        switch value {
        case .null: return nil
        case .bool: return .boolean
        case .int: return .bigint
        case .double: return .double
        case .string(let text):
            guard rules == .full else { return .string }
            var guess = CSVTypeGuess(rules: .full)
            guess.observe(text)
            return guess.type == .timestamp ? .timestamp : .string
        case .array(let items):
            var element: GlueType?
            for item in items { element = merge(element, type(of: item, rules: rules)) }
            return .array(element ?? .string)
        case .object(let members):
            return .structure(
                fields(of: members, rules: rules).map { GlueField(name: $0.name, type: $0.type ?? .string) })
        }
    }

    /// Members as fields, names lower-cased (Glue stores them so), null-only members with a nil type.
    package static func fields(of members: [(String, JSONValue)], rules: InferenceRules) -> [(
        name: String, type: GlueType?
    )] {
        var out: [(name: String, type: GlueType?)] = []
        var index: [String: Int] = [:]
        for (key, value) in members {
            let name = key.lowercased()
            let t = type(of: value, rules: rules)
            if let i = index[name] {
                out[i].type = merge(out[i].type, t)
            } else {
                index[name] = out.count
                out.append((name, t))
            }
        }
        return out
    }

    /// Merging where nil (only nulls seen) yields to any type.
    package static func merge(_ a: GlueType?, _ b: GlueType?) -> GlueType? {
        guard let a else { return b }
        guard let b else { return a }
        return a.merged(with: b)
    }
}
