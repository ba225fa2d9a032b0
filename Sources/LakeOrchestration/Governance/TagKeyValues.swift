/// An LF-tag key with values: a tag's definition (its allowed values), one condition of a tag expression (any
/// of the values), or an assignment (one value). Values are kept sorted and unique, so two spellings of the same
/// expression compare equal — the normal form `unchanged` is decided on.
package struct TagKeyValues: Sendable, Hashable, Comparable, CustomStringConvertible {
    package var key: String
    package var values: [String]

    package init(key: String, values: [String]) {
        self.key = key
        self.values = Array(Set(values)).sorted()
    }

    /// `KEY=V1,V2`.
    package static func parse(_ text: String) throws(GovernanceError) -> TagKeyValues {
        guard let equals = text.firstIndex(of: "=") else {
            throw .invalidRequest("tag \"\(text)\" is not KEY=VALUE[,VALUE…]; write it as e.g. team=sales,ops")
        }
        let key = text[..<equals].trimmingCharacters(in: .whitespaces)
        let values = text[text.index(after: equals)...].split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if key.isEmpty || values.isEmpty {
            throw .invalidRequest("tag \"\(text)\" needs a key and at least one value, e.g. team=sales")
        }
        return TagKeyValues(key: key, values: values)
    }

    /// The normal form of an expression: one condition per key (values of a repeated key merged), sorted by key.
    package static func expression(_ conditions: [TagKeyValues]) -> [TagKeyValues] {
        var byKey: [String: [String]] = [:]
        for condition in conditions { byKey[condition.key, default: []] += condition.values }
        return byKey.map { TagKeyValues(key: $0.key, values: $0.value) }.sorted()
    }

    package var description: String { "\(key)=\(values.joined(separator: ","))" }

    package static func < (a: TagKeyValues, b: TagKeyValues) -> Bool {
        (a.key, a.values.joined(separator: ",")) < (b.key, b.values.joined(separator: ","))
    }
}
