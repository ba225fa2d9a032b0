/// A parsed local SQL expression. Every node keeps the position it was written at, for errors.
package indirect enum SQLExpression: Sendable {
    case literal(SQLValue, SQLType, position: Int)
    /// `name` or `table.name`.
    case column([String], position: Int)
    case negate(SQLExpression, position: Int)
    /// Arithmetic (`+ - * / %`), `||`, and comparisons (`= <> < <= > >=`).
    case binary(String, SQLExpression, SQLExpression, position: Int)
    case and(SQLExpression, SQLExpression)
    case or(SQLExpression, SQLExpression)
    case not(SQLExpression, position: Int)
    case isNull(SQLExpression, negated: Bool)
    case inList(SQLExpression, [SQLExpression], negated: Bool, position: Int)
    case between(SQLExpression, SQLExpression, SQLExpression, negated: Bool, position: Int)
    case like(SQLExpression, SQLExpression, negated: Bool, position: Int)
    case caseWhen(operand: SQLExpression?, [(SQLExpression, SQLExpression)], otherwise: SQLExpression?, position: Int)
    case cast(SQLExpression, SQLType, position: Int)
    /// A function or aggregate call; `star` for `count(*)`.
    case call(String, [SQLExpression], distinct: Bool, star: Bool, position: Int)

    var position: Int {
        switch self {
        case .literal(_, _, let p), .column(_, let p), .negate(_, let p), .binary(_, _, _, let p), .not(_, let p),
            .inList(_, _, _, let p), .between(_, _, _, _, let p), .like(_, _, _, let p), .caseWhen(_, _, _, let p),
            .cast(_, _, let p), .call(_, _, _, _, let p):
            p
        case .and(let a, _), .or(let a, _), .isNull(let a, _): a.position
        }
    }

    /// A canonical spelling without positions: two expressions mean the same when their keys are equal
    /// (how a SELECT expression is matched with a GROUP BY expression).
    var key: String {
        switch self {
        case .literal(let v, let t, _): "lit(\(v.codecValue),\(t))"
        case .column(let path, _): "col(" + path.map { $0.lowercased() }.joined(separator: ".") + ")"
        case .negate(let e, _): "neg(\(e.key))"
        case .binary(let op, let a, let b, _): "(\(a.key) \(op) \(b.key))"
        case .and(let a, let b): "(\(a.key) AND \(b.key))"
        case .or(let a, let b): "(\(a.key) OR \(b.key))"
        case .not(let e, _): "NOT(\(e.key))"
        case .isNull(let e, let n): "(\(e.key) IS \(n ? "NOT " : "")NULL)"
        case .inList(let e, let items, let n, _): "(\(e.key) \(n ? "NOT " : "")IN (\(items.map(\.key))))"
        case .between(let e, let a, let b, let n, _): "(\(e.key) \(n ? "NOT " : "")BETWEEN \(a.key) AND \(b.key))"
        case .like(let e, let p, let n, _): "(\(e.key) \(n ? "NOT " : "")LIKE \(p.key))"
        case .caseWhen(let o, let whens, let e, _):
            "CASE(\(o?.key ?? "")|\(whens.map { $0.0.key + "=>" + $0.1.key })|\(e?.key ?? ""))"
        case .cast(let e, let t, _): "CAST(\(e.key) AS \(t))"
        case .call(let n, let args, let d, let s, _):
            "\(n.lowercased())(\(d ? "DISTINCT " : "")\(s ? "*" : args.map(\.key).joined(separator: ",")))"
        }
    }

    /// The aggregate calls in this expression (not looking inside them).
    var containsAggregate: Bool {
        switch self {
        case .call(let n, let args, _, _, _):
            SQLFunctions.aggregates.contains(n.lowercased()) || args.contains { $0.containsAggregate }
        case .literal, .column: false
        case .negate(let e, _), .not(let e, _), .isNull(let e, _), .cast(let e, _, _): e.containsAggregate
        case .binary(_, let a, let b, _), .and(let a, let b), .or(let a, let b), .like(let a, let b, _, _):
            a.containsAggregate || b.containsAggregate
        case .inList(let e, let items, _, _): e.containsAggregate || items.contains { $0.containsAggregate }
        case .between(let e, let a, let b, _, _): e.containsAggregate || a.containsAggregate || b.containsAggregate
        case .caseWhen(let o, let whens, let e, _):
            (o?.containsAggregate ?? false) || (e?.containsAggregate ?? false)
                || whens.contains { $0.0.containsAggregate || $0.1.containsAggregate }
        }
    }
}

extension SQLExpression {
    /// The column names (last part, lower-cased) this expression reads.
    var columnNames: Set<String> {
        switch self {
        case .literal: return []
        case .column(let path, _): return [(path.last ?? "").lowercased()]
        case .negate(let e, _), .not(let e, _), .isNull(let e, _), .cast(let e, _, _): return e.columnNames
        case .binary(_, let a, let b, _), .and(let a, let b), .or(let a, let b), .like(let a, let b, _, _):
            return a.columnNames.union(b.columnNames)
        case .inList(let e, let items, _, _): return items.reduce(e.columnNames) { $0.union($1.columnNames) }
        case .between(let e, let a, let b, _, _): return e.columnNames.union(a.columnNames).union(b.columnNames)
        case .caseWhen(let o, let whens, let e, _):
            var out = (o?.columnNames ?? []).union(e?.columnNames ?? [])
            for (w, t) in whens { out.formUnion(w.columnNames.union(t.columnNames)) }
            return out
        case .call(_, let args, _, _, _): return args.reduce([]) { $0.union($1.columnNames) }
        }
    }
}
