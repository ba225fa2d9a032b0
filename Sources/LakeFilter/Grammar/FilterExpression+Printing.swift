/// Canonical text for a filter: keywords upper-case, `<>` for not-equal, identifiers bare unless they
/// need quotes, and parentheses exactly where the tree needs them (an OR inside an AND, and the right
/// operand of a chain, which the left-associative parser would otherwise regroup). Parsing the printed
/// text gives back the same tree.
extension FilterExpression: CustomStringConvertible {
    package var description: String { canonicalText }

    package var canonicalText: String {
        switch self {
        case .and(let a, let b):
            return Self.operand(a, of: "AND", right: false) + " AND " + Self.operand(b, of: "AND", right: true)
        case .or(let a, let b):
            return Self.operand(a, of: "OR", right: false) + " OR " + Self.operand(b, of: "OR", right: true)
        case .not(let e):
            switch e {
            case .and, .or: return "NOT (\(e.canonicalText))"
            default: return "NOT \(e.canonicalText)"
            }
        case .comparison(let c, let op, let v): return "\(Self.column(c)) \(op.rawValue) \(v)"
        case .inList(let c, let items, let negated):
            return
                "\(Self.column(c)) \(negated ? "NOT IN" : "IN") (\(items.map(\.description).joined(separator: ", ")))"
        case .between(let c, let low, let high, let negated):
            return "\(Self.column(c)) \(negated ? "NOT BETWEEN" : "BETWEEN") \(low) AND \(high)"
        case .like(let c, let pattern, let negated):
            return "\(Self.column(c)) \(negated ? "NOT LIKE" : "LIKE") \(pattern)"
        case .isNull(let c, let negated): return "\(Self.column(c)) IS \(negated ? "NOT NULL" : "NULL")"
        }
    }

    private static func operand(_ e: FilterExpression, of parent: String, right: Bool) -> String {
        switch e {
        case .and where parent == "AND" && !right, .or where parent == "OR" && !right: return e.canonicalText
        case .and, .or: return "(\(e.canonicalText))"
        default: return e.canonicalText
        }
    }

    /// A column path with each part bare when it can be, else double-quoted with `""` escaping.
    static func column(_ c: ColumnReference) -> String {
        c.path.map { FilterKeywords.isBare($0) ? $0 : "\"" + $0.doublingQuotes("\"") + "\"" }
            .joined(separator: ".")
    }
}
