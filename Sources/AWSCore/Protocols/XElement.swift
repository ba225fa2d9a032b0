/// One parsed XML element: the reply shape of the query and REST-XML protocols. Named `XElement` rather
/// than `XMLElement` so it never collides with Foundation's class of that name on Apple platforms.
///
/// `text` is the character data directly inside the element (entities decoded, CDATA included), not
/// trimmed: AWS values may start or end with spaces. Lookups match the local name (after any `prefix:`),
/// because AWS replies put everything in one default namespace and moto sometimes adds prefixes.
package struct XElement: Sendable, Equatable {
    package var name: String
    package var attributes: [String: String]
    package var children: [XElement]
    package var text: String

    package init(name: String, attributes: [String: String] = [:], children: [XElement] = [], text: String = "") {
        self.name = name
        self.attributes = attributes
        self.children = children
        self.text = text
    }

    /// The name without a namespace prefix.
    package var localName: Substring {
        guard let colon = name.lastIndex(of: ":") else { return Substring(name) }
        return name[name.index(after: colon)...]
    }

    /// The first child with this local name.
    package func child(_ name: String) -> XElement? {
        children.first { $0.localName == name }
    }

    /// Every child with this local name, in document order (AWS lists: `<member>` items).
    package func children(named name: String) -> [XElement] {
        children.filter { $0.localName == name }
    }

    /// The element reached by following child names, e.g. `element(at: "GetCallerIdentityResult", "Arn")`.
    package func element(at path: String...) -> XElement? {
        element(at: path)
    }

    package func element(at path: [String]) -> XElement? {
        var current = self
        for name in path {
            guard let next = current.child(name) else { return nil }
            current = next
        }
        return current
    }

    /// The items of a query-protocol list at `path`: the `<member>` children of the element there
    /// (empty when the list is absent, as AWS omits empty lists).
    package func members(_ path: String...) -> [XElement] {
        element(at: path)?.children(named: "member") ?? []
    }

    /// The text of the element at `path`, or nil when it is absent.
    package func string(_ path: String...) -> String? {
        element(at: path)?.text
    }

    /// The first element with this local name anywhere below (depth-first), including self. Used where
    /// the wrapper differs between AWS and emulators (`<ErrorResponse><Error>` vs `<Error>`).
    package func firstDescendant(named name: String) -> XElement? {
        if localName == name { return self }
        for child in children {
            if let found = child.firstDescendant(named: name) { return found }
        }
        return nil
    }
}
