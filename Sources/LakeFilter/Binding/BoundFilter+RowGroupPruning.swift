import LakeCodec

/// Statistics pruning handed to the codec: comparisons every kept row must satisfy, in the form
/// `ParquetFile.rowGroups(matching:)` takes, so row groups whose min/max rule them out are never read.
///
/// Only what is exact is handed over: comparisons and BETWEEN in the top-level AND chain, on top-level
/// integer columns (not partitions), and string equality on top-level string columns (the codec compares
/// the stored bytes, tests a kept dictionary once per entry, and prunes only on `min_value`/`max_value`,
/// never on the legacy signed-byte statistics). Decimals are left out because the codec orders them
/// through `Double` (rounding could prune a group that holds a match), doubles because statistics omit
/// NaN, string ordering because the evaluator compares text whose invalid UTF-8 was repaired while the
/// codec compares the raw bytes, and `<>` because it prunes almost nothing. Leaving a conjunct out only
/// means reading more, never a different answer.
extension BoundFilter {
    package var rowGroupPredicates: [RowGroupPredicate] {
        var out: [RowGroupPredicate] = []
        collect(predicate, &out)
        return out
    }

    private func collect(_ p: BoundPredicate, _ out: inout [RowGroupPredicate]) {
        switch p {
        case .and(let a, let b):
            collect(a, &out)
            collect(b, &out)
        case .comparison(let c, let op, .integer(let k)) where prunable(c):
            let comparison: RowGroupPredicate.Comparison? =
                switch op {
                case .equal: .equal
                case .less: .less
                case .lessOrEqual: .lessOrEqual
                case .greater: .greater
                case .greaterOrEqual: .greaterOrEqual
                case .notEqual: nil
                }
            if let comparison {
                out.append(RowGroupPredicate(column: columns[c].path[0], comparison: comparison, literal: String(k)))
            }
        case .comparison(let c, .equal, .string(let text))
        where columns[c].storage == .string && columns[c].path.count == 1 && !columns[c].isPartition:
            out.append(RowGroupPredicate(column: columns[c].path[0], comparison: .equal, literal: text))
        case .between(let c, .integer(let low), .integer(let high)) where prunable(c):
            out.append(RowGroupPredicate(column: columns[c].path[0], comparison: .greaterOrEqual, literal: String(low)))
            out.append(RowGroupPredicate(column: columns[c].path[0], comparison: .lessOrEqual, literal: String(high)))
        default:
            break
        }
    }

    private func prunable(_ c: Int) -> Bool {
        columns[c].storage == .integer && columns[c].path.count == 1 && !columns[c].isPartition
    }
}
