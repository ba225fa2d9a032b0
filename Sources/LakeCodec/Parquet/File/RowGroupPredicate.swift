/// A comparison of one column with a literal (`price >= 10`, `day = 2024-01-31`), used to skip row groups
/// whose statistics prove no row can match, and to filter the rows of the row groups that are read.
package struct RowGroupPredicate: Sendable, Equatable {
    package enum Comparison: String, Sendable, CaseIterable {
        case equal = "=", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    }

    /// Dotted path of a leaf column ("a" for a top-level column).
    package var column: String
    package var comparison: Comparison
    /// The literal as written; interpreted by the column's type when compared.
    package var literal: String

    package init(column: String, comparison: Comparison, literal: String) {
        self.column = column
        self.comparison = comparison
        self.literal = literal
    }

    /// Whether a value satisfies the predicate. Null never does, and neither does a value the literal cannot be
    /// ordered against (NaN): once `bound(to:)` has checked the literal, that is the only undecidable case, and
    /// dropping it is SQL's answer, never a different question answered.
    package func matches(_ v: Value) -> Bool {
        if v.isNull { return false }
        guard let c = ValueOrder.compare(v, literal) else { return false }
        switch comparison {
        case .equal: return c == 0
        case .notEqual: return c != 0
        case .less: return c < 0
        case .lessOrEqual: return c <= 0
        case .greater: return c > 0
        case .greaterOrEqual: return c >= 0
        }
    }

    /// Whether a chunk with these bounds may hold a matching value (true when unsure).
    func mayMatch(min: Value?, max: Value?, allNull: Bool) -> Bool {
        if allNull { return false }
        let lo = min.flatMap { ValueOrder.compare($0, literal) }  // sign of (min - literal)
        let hi = max.flatMap { ValueOrder.compare($0, literal) }
        switch comparison {
        case .equal: return !((lo ?? -1) > 0 || (hi ?? 1) < 0)
        case .notEqual: return !(lo == 0 && hi == 0)
        case .less: return (lo ?? -1) < 0
        case .lessOrEqual: return (lo ?? -1) <= 0
        case .greater: return (hi ?? 1) > 0
        case .greaterOrEqual: return (hi ?? 1) >= 0
        }
    }
}
