/// Types of JSON values as Glue's JSON classifier gives them (AWS-NOTES B2; the crawler writes
/// `org.openx.data.jsonserde.JsonSerDe` tables): objects → `struct<…>` (fields in order of first
/// appearance, unioned over records), arrays → `array<…>` of the merged element type, integers → bigint,
/// other numbers → double, true/false → boolean, strings → string. Under `--rules full` a string whose
/// every value is a timestamp becomes `timestamp`. Nulls and empty objects stay open (`JSONShape`) until
/// a record says more; whatever is still open at the end is string.
package enum JSONTypeInference {
    package static func shape(of value: JSONValue, rules: InferenceRules) -> JSONShape {
        switch value {
        case .null: return .unknown
        case .bool: return .known(.boolean)
        case .int, .uint: return .known(.bigint)
        case .double: return .known(.double)
        case .string(let text):
            guard rules == .full else { return .known(.string) }
            var guess = CSVTypeGuess(rules: .full)
            guess.observe(text)
            return .known(guess.type == .timestamp ? .timestamp : .string)
        case .array(let items):
            return .array(items.reduce(JSONShape.unknown) { $0.merged(with: shape(of: $1, rules: rules)) })
        case .object(let members):
            return .object(fields(of: members, rules: rules))
        }
    }

    /// The Glue type of one value, or nil when it says nothing (null).
    package static func type(of value: JSONValue, rules: InferenceRules) -> GlueType? {
        let s = shape(of: value, rules: rules)
        return s == .unknown ? nil : s.glueType
    }

    /// Members as fields, names lower-cased (Glue stores them so), duplicates merged.
    package static func fields(of members: [(String, JSONValue)], rules: InferenceRules) -> [JSONShape.Member] {
        JSONShape.union(
            [], members.map { JSONShape.Member(name: $0.0.lowercased(), shape: shape(of: $0.1, rules: rules)) })
    }
}
