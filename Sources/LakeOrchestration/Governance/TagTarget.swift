/// What `lakectl tag assign|unassign|show` names: a database, a table, or some columns of a table.
package enum TagTarget: Sendable, Hashable {
    case database(String)
    case table(database: String, name: String)
    case columns(database: String, table: String, names: [String])

    /// The resource names the assignments are reported under: the database, the table, or each column.
    var names: [String] {
        switch self {
        case .database(let d): return [d]
        case .table(let d, let t): return ["\(d).\(t)"]
        case .columns(let d, let t, let columns): return columns.map { "\(d).\(t).\($0)" }
        }
    }
}
