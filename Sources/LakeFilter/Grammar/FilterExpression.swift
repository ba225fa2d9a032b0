/// A parsed row filter: Lake Formation's PartiQL `WHERE` subset, where every predicate compares one
/// column with constants. AND/OR are binary and left-associative as parsed (`a AND b AND c` is
/// `and(and(a, b), c)`); `NOT BETWEEN`, `NOT IN` and `NOT LIKE` are flags rather than `not(…)` so the
/// printer gives back the form that was written.
package indirect enum FilterExpression: Sendable, Equatable {
    case and(FilterExpression, FilterExpression)
    case or(FilterExpression, FilterExpression)
    case not(FilterExpression)
    case comparison(ColumnReference, ComparisonOperator, FilterLiteral)
    case inList(ColumnReference, [FilterLiteral], negated: Bool)
    case between(ColumnReference, FilterLiteral, FilterLiteral, negated: Bool)
    case like(ColumnReference, FilterLiteral, negated: Bool)
    case isNull(ColumnReference, negated: Bool)

    /// Parses filter text; see `FilterParser`.
    package static func parse(_ text: String) throws(FilterError) -> FilterExpression {
        var parser = FilterParser(text)
        return try parser.parse()
    }

    /// Every column the filter names, in the order written.
    package var columns: [ColumnReference] {
        switch self {
        case .and(let a, let b), .or(let a, let b): return a.columns + b.columns
        case .not(let e): return e.columns
        case .comparison(let c, _, _), .inList(let c, _, _), .between(let c, _, _, _), .like(let c, _, _),
            .isNull(let c, _):
            return [c]
        }
    }
}
