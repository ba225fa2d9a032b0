/// One node of the lake file as written, with its position. The loader turns Yams' nodes into these so
/// that the model readers never see YAML library types and every value they read still knows its line.
package struct ConfigNode: Sendable, Equatable {
    package enum Value: Sendable, Equatable {
        /// A scalar's text; `quoted` is true for '…' and "…" scalars, which are always strings.
        case scalar(String, quoted: Bool)
        /// Keys in file order (duplicates are refused by the loader).
        case mapping([Entry])
        case sequence([ConfigNode])
    }

    /// A mapping key (always a scalar in the lake file) and its value.
    package struct Entry: Sendable, Equatable {
        package var key: String
        package var keyLocation: SourceLocation
        package var value: ConfigNode
    }

    package var value: Value
    package var location: SourceLocation

    /// True for an empty plain scalar, `~` or `null`: YAML's null.
    var isNull: Bool {
        if case .scalar(let text, quoted: false) = value { return ["", "~", "null", "Null", "NULL"].contains(text) }
        return false
    }

    /// What this node is, for "found …" in messages.
    var kindName: String {
        switch value {
        case .scalar(let text, let quoted):
            if isNull { return "null" }
            return quoted ? "the string \"\(text)\"" : "\"\(text)\""
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        }
    }
}
