/// A parsed local SQL `SELECT`.
package struct SQLQuery: Sendable {
    package struct Item: Sendable {
        /// nil for `*`, or for `t.*` with `starQualifier` set.
        var expression: SQLExpression?
        var alias: String?
        var starQualifier: String?
        var position: Int
    }

    package struct TableReference: Sendable {
        var name: String
        var alias: String?
        var position: Int
        /// The name columns are qualified by: the alias, or the table part of `database.table`.
        var visibleName: String { alias ?? String(name.split(separator: ".").last ?? Substring(name)) }
    }

    package struct Join: Sendable {
        var left: Bool
        var table: TableReference
        var condition: SQLExpression
    }

    package struct OrderItem: Sendable {
        var expression: SQLExpression
        var descending: Bool
        var nullsFirst: Bool
    }

    var items: [Item]
    var from: TableReference
    var joins: [Join]
    var filter: SQLExpression?
    var groupBy: [SQLExpression]
    var having: SQLExpression?
    var orderBy: [OrderItem]
    var limit: Int?

    /// Every table name the query reads, in order.
    package var tableNames: [String] { [from.name] + joins.map(\.table.name) }
}

extension SQLQuery {
    /// The column names (lower-cased) the query reads from any table, or nil when a `*` needs them all:
    /// tables are read with only these columns, so a narrow query over a wide file decodes little.
    var referencedColumns: Set<String>? {
        if items.contains(where: { $0.expression == nil }) { return nil }
        var out: Set<String> = []
        for item in items { out.formUnion(item.expression?.columnNames ?? []) }
        for join in joins { out.formUnion(join.condition.columnNames) }
        for e in [filter, having].compactMap({ $0 }) + groupBy + orderBy.map(\.expression) {
            out.formUnion(e.columnNames)
        }
        return out
    }
}
