/// Evaluates a bound filter over a `FilterBatch` with SQL's three-valued logic: each predicate splits
/// the rows it is given into those where it is TRUE and those where it is FALSE; the rest are UNKNOWN
/// (a NULL was compared). A row is kept only when the whole filter is TRUE, as Lake Formation keeps it.
///
/// Vectorised: each leaf loops once over a typed array for the rows in its selection vector; AND only
/// evaluates its right side on rows the left did not make FALSE, OR on rows the left did not make TRUE.
package struct FilterEvaluator: Sendable {
    package let filter: BoundFilter

    package init(_ filter: BoundFilter) { self.filter = filter }

    /// The rows of `batch` the filter keeps, ascending.
    package func keptRows(_ batch: FilterBatch) -> SelectionVector {
        let all = SelectionVector(0..<Int32(batch.rowCount))
        return evaluate(filter.predicate, batch, all).isTrue
    }

    private struct Outcome {
        var isTrue: SelectionVector
        var isFalse: SelectionVector
    }

    private func evaluate(_ p: BoundPredicate, _ batch: FilterBatch, _ rows: SelectionVector) -> Outcome {
        switch p {
        case .and(let a, let b):
            let left = evaluate(a, batch, rows)
            let right = evaluate(b, batch, Selection.subtracting(rows, left.isFalse))
            return Outcome(
                isTrue: Selection.intersection(left.isTrue, right.isTrue),
                isFalse: Selection.union(left.isFalse, right.isFalse))
        case .or(let a, let b):
            let left = evaluate(a, batch, rows)
            let right = evaluate(b, batch, Selection.subtracting(rows, left.isTrue))
            return Outcome(
                isTrue: Selection.union(left.isTrue, right.isTrue),
                isFalse: Selection.intersection(left.isFalse, right.isFalse))
        case .not(let a):
            let inner = evaluate(a, batch, rows)
            return Outcome(isTrue: inner.isFalse, isFalse: inner.isTrue)
        case .isNull(let c):
            let valid = batch.columns[c].valid
            var t = SelectionVector()
            var f = SelectionVector()
            for r in rows {
                if valid[Int(r)] { f.append(r) } else { t.append(r) }
            }
            return Outcome(isTrue: t, isFalse: f)
        case .comparison(let c, let op, let constant):
            return Self.compare(batch.columns[c], rows, op, constant)
        case .between(let c, let low, let high):
            let column = batch.columns[c]
            let atLeast = Self.compare(column, rows, .greaterOrEqual, low)
            let atMost = Self.compare(column, atLeast.isTrue, .lessOrEqual, high)
            return Outcome(isTrue: atMost.isTrue, isFalse: Selection.union(atLeast.isFalse, atMost.isFalse))
        case .inList(let c, let items):
            // Each item only sees the rows no earlier item matched; the list holds no NULLs (the grammar
            // has none), so a valid row matching no item is FALSE.
            var remaining = rows
            var t = SelectionVector()
            for item in items {
                let o = Self.compare(batch.columns[c], remaining, .equal, item)
                t = Selection.union(t, o.isTrue)
                remaining = o.isFalse
            }
            return Outcome(isTrue: t, isFalse: remaining)
        case .like(let c, let pattern):
            guard case .string(let values) = batch.columns[c].values else { return Outcome(isTrue: [], isFalse: []) }
            let valid = batch.columns[c].valid
            var t = SelectionVector()
            var f = SelectionVector()
            for r in rows where valid[Int(r)] {
                if pattern.matches(values[Int(r)]) { t.append(r) } else { f.append(r) }
            }
            return Outcome(isTrue: t, isFalse: f)
        }
    }

    /// One typed loop over the valid rows of `rows`, comparing each value with `constant`.
    private static func compare(
        _ column: FilterColumn, _ rows: SelectionVector, _ op: ComparisonOperator, _ constant: BoundConstant
    ) -> Outcome {
        switch (column.values, constant) {
        case (.integer(let v), .integer(let k)): return select(v, column.valid, rows, op, k, less: <, equal: ==)
        case (.double(let v), .double(let k)): return select(v, column.valid, rows, op, k, less: <, equal: ==)
        case (.decimal(let v), .decimal(let k)): return select(v, column.valid, rows, op, k, less: <, equal: ==)
        case (.boolean(let v), .boolean(let k)):
            return select(v, column.valid, rows, op, k, less: { !$0 && $1 }, equal: ==)
        case (.string(let v), .string(let k)):
            // Byte order (UTF8Order), as Athena and DuckDB compare, not Swift's canonical equivalence.
            return select(v, column.valid, rows, op, k, less: UTF8Order.less, equal: UTF8Order.equal)
        default:
            // The binder types every constant for its column, so this is unreachable for bound filters;
            // treat it as UNKNOWN rather than guess.
            return Outcome(isTrue: [], isFalse: [])
        }
    }

    /// IEEE semantics for doubles come from `<` and `==` themselves: NaN is neither less, equal nor
    /// greater, so every comparison with it is FALSE except `<>`.
    @inline(__always)
    private static func select<T>(
        _ values: [T], _ valid: [Bool], _ rows: SelectionVector, _ op: ComparisonOperator, _ k: T,
        less: (T, T) -> Bool, equal: (T, T) -> Bool
    ) -> Outcome {
        var t = SelectionVector()
        var f = SelectionVector()
        t.reserveCapacity(rows.count)
        func loop(_ keep: (T) -> Bool) {
            for r in rows where valid[Int(r)] {
                if keep(values[Int(r)]) { t.append(r) } else { f.append(r) }
            }
        }
        switch op {
        case .equal: loop { equal($0, k) }
        case .notEqual: loop { !equal($0, k) }
        case .less: loop { less($0, k) }
        case .lessOrEqual: loop { less($0, k) || equal($0, k) }
        case .greater: loop { less(k, $0) }
        case .greaterOrEqual: loop { less(k, $0) || equal($0, k) }
        }
        return Outcome(isTrue: t, isFalse: f)
    }
}
