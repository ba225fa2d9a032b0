/// The keys of one mapping in the lake file, already checked against the keys allowed there, with the
/// field path that prefixes every message about them.
struct FieldSet {
    var entries: [String: ConfigNode.Entry]
    var location: SourceLocation
    var path: String

    func node(_ key: String) -> ConfigNode? { entries[key].map(\.value) }
    func path(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
    func has(_ key: String) -> Bool { entries[key] != nil }
}
