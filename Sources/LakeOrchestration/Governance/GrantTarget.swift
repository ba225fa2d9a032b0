/// What a `lakectl grant` names: a database, or one table.
package enum GrantTarget: Sendable, Hashable {
    case database(String)
    case table(database: String, name: String)

    /// `D.T` for a table.
    package static func parseTable(_ text: String) throws(GovernanceError) -> GrantTarget {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            throw .invalidRequest("table \"\(text)\" is not DATABASE.TABLE; write it as e.g. shop.orders")
        }
        return .table(database: parts[0], name: parts[1])
    }
}
