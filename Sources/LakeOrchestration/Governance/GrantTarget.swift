/// What a `lakectl grant` names: a database, one table, or every database or table matching an LF-tag
/// expression (`--tag KEY=V1,V2 …`: every condition, any of a condition's values).
package enum GrantTarget: Sendable, Hashable {
    case database(String)
    case table(database: String, name: String)
    /// `resourceType` is `DATABASE` or `TABLE`; `expression` is in normal form (`TagKeyValues.expression`).
    case tags(resourceType: String, expression: [TagKeyValues])

    /// The target of `--tag` options: their conditions on databases or tables.
    package static func tags(_ conditions: [TagKeyValues], databases: Bool) -> GrantTarget {
        .tags(resourceType: databases ? "DATABASE" : "TABLE", expression: TagKeyValues.expression(conditions))
    }

    /// `D.T` for a table.
    package static func parseTable(_ text: String) throws(GovernanceError) -> GrantTarget {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            throw .invalidRequest("table \"\(text)\" is not DATABASE.TABLE; write it as e.g. shop.orders")
        }
        return .table(database: parts[0], name: parts[1])
    }
}
