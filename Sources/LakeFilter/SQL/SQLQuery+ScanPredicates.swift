import LakeCodec

extension SQLQuery {
    /// The WHERE's conjuncts the codec's scan can apply to the first table itself: comparisons and
    /// BETWEEN of a first-table column with an integer literal in the top-level AND chain. The scan
    /// prunes row groups by their statistics with them and drops failing rows before any other column
    /// is decoded; the engine still evaluates the whole WHERE, so a conjunct handed down only means
    /// reading less, never a different answer. The reader keeps only those on integer file columns
    /// (see `LocalTableReader.streaming`), where the codec's comparison is exact.
    var scanPredicates: [RowGroupPredicate] {
        guard let filter else { return [] }
        var out: [RowGroupPredicate] = []
        collectScanPredicates(filter, &out)
        return out
    }

    private func collectScanPredicates(_ e: SQLExpression, _ out: inout [RowGroupPredicate]) {
        switch e {
        case .and(let a, let b):
            collectScanPredicates(a, &out)
            collectScanPredicates(b, &out)
        case .binary(let op, let a, let b, _):
            if let column = firstTableColumn(a), let k = integerLiteral(b), let c = Self.comparison(op) {
                out.append(RowGroupPredicate(column: column, comparison: c, literal: String(k)))
            } else if let column = firstTableColumn(b), let k = integerLiteral(a), let c = Self.comparison(op) {
                out.append(RowGroupPredicate(column: column, comparison: Self.flipped(c), literal: String(k)))
            }
        case .between(let e, let low, let high, negated: false, _):
            if let column = firstTableColumn(e), let l = integerLiteral(low), let h = integerLiteral(high) {
                out.append(RowGroupPredicate(column: column, comparison: .greaterOrEqual, literal: String(l)))
                out.append(RowGroupPredicate(column: column, comparison: .lessOrEqual, literal: String(h)))
            }
        default:
            break
        }
    }

    /// A column of the first table: unqualified when the query reads one table (with joins a bare
    /// name could be the other table's), or qualified with the first table's visible name.
    private func firstTableColumn(_ e: SQLExpression) -> String? {
        guard case .column(let path, _) = e else { return nil }
        if path.count == 1 && joins.isEmpty { return path[0] }
        if path.count == 2 && path[0].lowercased() == from.visibleName.lowercased() { return path[1] }
        return nil
    }

    private func integerLiteral(_ e: SQLExpression) -> Int64? {
        switch e {
        case .literal(.integer(let k), _, _): k
        case .negate(.literal(.integer(let k), _, _), _) where k != Int64.min: -k
        default: nil
        }
    }

    /// `<>` prunes almost nothing, so it is not handed down.
    private static func comparison(_ op: String) -> RowGroupPredicate.Comparison? {
        switch op {
        case "=": .equal
        case "<": .less
        case "<=": .lessOrEqual
        case ">": .greater
        case ">=": .greaterOrEqual
        default: nil
        }
    }

    private static func flipped(_ c: RowGroupPredicate.Comparison) -> RowGroupPredicate.Comparison {
        switch c {
        case .less: .greater
        case .lessOrEqual: .greaterOrEqual
        case .greater: .less
        case .greaterOrEqual: .lessOrEqual
        case .equal, .notEqual: c
        }
    }
}
