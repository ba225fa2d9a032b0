/// Builds the flattened parameter list of the query protocol: scalars as `Name=value`, lists as
/// `Name.member.1=…`, lists of structures as `Name.member.1.Key=…`, maps as `Name.entry.1.key=…`
/// (https://smithy.io/2.0/aws/protocols/aws-query-protocol.html#query-key-resolution). Indices start at 1;
/// an empty list is sent as `Name=` so the service sees "set to empty", as the SDKs do.
package struct QueryParameters: Sendable, Equatable {
    package private(set) var items: [QueryItem] = []

    package init() {}

    /// Adds a scalar; nil values are left out.
    package mutating func add(_ name: String, _ value: String?) {
        guard let value else { return }
        items.append(QueryItem(name, value))
    }

    package mutating func add(_ name: String, _ value: Int?) {
        add(name, value.map(String.init))
    }

    package mutating func add(_ name: String, _ value: Bool?) {
        add(name, value.map { $0 ? "true" : "false" })
    }

    /// `Name.member.N=value` (or `Name.N` for flattened lists, `memberName: nil`).
    package mutating func addList(_ name: String, _ values: [String]?, memberName: String? = "member") {
        guard let values else { return }
        guard !values.isEmpty else { return items.append(QueryItem(name, "")) }
        let prefix = memberName.map { "\(name).\($0)" } ?? name
        for (offset, value) in values.enumerated() {
            items.append(QueryItem("\(prefix).\(offset + 1)", value))
        }
    }

    /// `Name.member.N.Field=value` for lists of structures (tags, filters).
    package mutating func addStructureList(
        _ name: String, _ values: [[(String, String)]]?, memberName: String? = "member"
    ) {
        guard let values else { return }
        guard !values.isEmpty else { return items.append(QueryItem(name, "")) }
        let prefix = memberName.map { "\(name).\($0)" } ?? name
        for (offset, fields) in values.enumerated() {
            for (field, value) in fields {
                items.append(QueryItem("\(prefix).\(offset + 1).\(field)", value))
            }
        }
    }

    /// The pairs `AWSClient.query` takes.
    package var pairs: [(String, String)] { items.map { ($0.name, $0.value) } }
}
