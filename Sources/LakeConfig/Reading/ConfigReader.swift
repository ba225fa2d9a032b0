/// Reads `ConfigNode`s into typed values, collecting every problem instead of stopping at the first, so
/// `lakectl validate` reports a whole file's mistakes in one run.
struct ConfigReader {
    var errors: [LakeFileProblem] = []

    mutating func fail(_ location: SourceLocation, _ path: String, _ problem: String, expected: String) {
        errors.append(LakeFileProblem(location: location, path: path, problem: problem, expected: expected))
    }

    /// The node as a mapping whose keys are among `required` + `optional`: unknown keys (with the nearest
    /// allowed key when it looks like a typo) and missing required keys are reported here.
    mutating func fields(
        _ node: ConfigNode, _ path: String, required: [String] = [], optional: [String] = []
    ) -> FieldSet? {
        guard case .mapping(let list) = node.value else {
            fail(node.location, path, "found \(node.kindName)", expected: "a mapping")
            return nil
        }
        let allowed = required + optional
        var entries: [String: ConfigNode.Entry] = [:]
        for entry in list {
            if allowed.contains(entry.key) {
                entries[entry.key] = entry
                continue
            }
            let hint = KeySuggestion.nearest(to: entry.key, in: allowed).map { " (did you mean \"\($0)\"?)" } ?? ""
            fail(
                entry.keyLocation, path.isEmpty ? entry.key : "\(path).\(entry.key)",
                "unknown key \"\(entry.key)\"\(hint)", expected: "one of \(allowed.joined(separator: ", "))")
        }
        for key in required where entries[key] == nil {
            fail(
                node.location, path.isEmpty ? key : "\(path).\(key)", "missing required key \"\(key)\"",
                expected: "\"\(key)\" in this mapping")
        }
        return FieldSet(entries: entries, location: node.location, path: path)
    }

    /// A mapping of user-chosen names (resources, tags) in file order.
    mutating func namedEntries(_ node: ConfigNode, _ path: String) -> [ConfigNode.Entry] {
        if node.isNull { return [] }
        guard case .mapping(let list) = node.value else {
            fail(node.location, path, "found \(node.kindName)", expected: "a mapping of names")
            return []
        }
        return list
    }

    mutating func list(_ node: ConfigNode, _ path: String) -> [ConfigNode] {
        if node.isNull { return [] }
        guard case .sequence(let items) = node.value else {
            fail(node.location, path, "found \(node.kindName)", expected: "a list")
            return []
        }
        return items
    }

    mutating func string(_ node: ConfigNode, _ path: String, expected: String = "a string") -> String? {
        guard case .scalar(let text, _) = node.value, !node.isNull || expected == "a string, possibly empty" else {
            fail(node.location, path, "found \(node.kindName)", expected: expected)
            return nil
        }
        return text
    }

    mutating func string(_ set: FieldSet, _ key: String, expected: String = "a string") -> String? {
        guard let node = set.node(key) else { return nil }
        return string(node, set.path(key), expected: expected)
    }

    mutating func bool(_ set: FieldSet, _ key: String) -> Bool? {
        guard let node = set.node(key) else { return nil }
        if case .scalar(let text, quoted: false) = node.value {
            switch text {
            case "true", "True", "TRUE": return true
            case "false", "False", "FALSE": return false
            default: break
            }
        }
        fail(node.location, set.path(key), "found \(node.kindName)", expected: "true or false")
        return nil
    }

    mutating func int(_ set: FieldSet, _ key: String, range: ClosedRange<Int>) -> Int? {
        guard let node = set.node(key) else { return nil }
        if case .scalar(let text, quoted: false) = node.value, let value = Int(text), range.contains(value) {
            return value
        }
        fail(
            node.location, set.path(key), "found \(node.kindName)",
            expected: "a whole number from \(range.lowerBound) to \(range.upperBound)")
        return nil
    }

    mutating func size(_ set: FieldSet, _ key: String) -> Int64? {
        guard let node = set.node(key), let text = string(node, set.path(key)) else { return nil }
        if let bytes = ByteSize.bytes(text), bytes > 0 { return bytes }
        fail(
            node.location, set.path(key), "\"\(text)\" is not a size",
            expected: "a size such as 10GB, 512MiB or 1000000")
        return nil
    }

    mutating func duration(_ set: FieldSet, _ key: String) -> Int? {
        guard let node = set.node(key), let text = string(node, set.path(key)) else { return nil }
        if let seconds = DurationValue.seconds(text) { return seconds }
        fail(
            node.location, set.path(key), "\"\(text)\" is not a duration", expected: "a duration such as 300s, 5m or 1h"
        )
        return nil
    }

    /// A list of strings; a single string is refused rather than wrapped, so `[a, b]` and `a` never mean the same.
    mutating func strings(_ node: ConfigNode, _ path: String, nonEmpty: Bool = false) -> [String] {
        guard case .sequence = node.value else {
            fail(node.location, path, "found \(node.kindName)", expected: "a list of strings")
            return []
        }
        let items = list(node, path).enumerated().compactMap { string($1, "\(path)[\($0)]") }
        if nonEmpty && items.isEmpty { fail(node.location, path, "the list is empty", expected: "at least one entry") }
        return items
    }

    mutating func strings(_ set: FieldSet, _ key: String, nonEmpty: Bool = false) -> [String]? {
        guard let node = set.node(key) else { return nil }
        return strings(node, set.path(key), nonEmpty: nonEmpty)
    }

    mutating func reference(_ set: FieldSet, _ key: String) -> NameReference? {
        guard let node = set.node(key), let name = string(node, set.path(key), expected: "a declared name") else {
            return nil
        }
        return NameReference(name: name, location: node.location, path: set.path(key))
    }

    /// A string → string map such as `tags:` or `arguments:`.
    mutating func stringMap(_ node: ConfigNode, _ path: String) -> [String: String] {
        var out: [String: String] = [:]
        for entry in namedEntries(node, path) {
            if let value = string(entry.value, "\(path).\(entry.key)", expected: "a string, possibly empty") {
                out[entry.key] = value
            }
        }
        return out
    }

    mutating func oneOf(_ set: FieldSet, _ key: String, _ allowed: [String]) -> String? {
        guard let node = set.node(key), let text = string(node, set.path(key)) else { return nil }
        if allowed.contains(text) { return text }
        fail(
            node.location, set.path(key), "\"\(text)\" is not allowed",
            expected: "one of \(allowed.joined(separator: ", "))")
        return nil
    }
}
