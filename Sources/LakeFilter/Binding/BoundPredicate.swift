/// A filter resolved against a schema: columns are indices into `BoundFilter.columns` and constants are
/// typed. `NOT IN`, `NOT BETWEEN` and `NOT LIKE` become `not(…)` here: three-valued NOT gives them
/// exactly SQL's meaning.
package indirect enum BoundPredicate: Sendable, Equatable {
    case and(BoundPredicate, BoundPredicate)
    case or(BoundPredicate, BoundPredicate)
    case not(BoundPredicate)
    case comparison(column: Int, ComparisonOperator, BoundConstant)
    case inList(column: Int, [BoundConstant])
    case between(column: Int, low: BoundConstant, high: BoundConstant)
    case like(column: Int, LikePattern)
    case isNull(column: Int)
}
