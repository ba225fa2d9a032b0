/// A join over column chunks, for a grouped query whose only join has one plain-column key and no
/// other condition: the matching (left row, right row) pairs are found from the key column, then every
/// output column is gathered at once, with no joined row built per pair. Pairs come out in the order
/// `probe` hands them over (left rows in order, each key's right rows in table order; an unmatched
/// LEFT JOIN row once, padded with NULLs).
extension PreparedJoin {
    /// Whether `joined(_:count:rightColumns:)` applies.
    var joinsColumns: Bool { residual.isEmpty && index.keySlot != nil }

    /// The right table as columns, its rows given up (a column-wise join never probes row by row, and
    /// holding the table twice would double what the join keeps in memory).
    func takeRightColumns() -> [[SQLValue]] {
        let columns = (0..<padding.count).map { c in right.map { $0[c] } }
        right = []
        return columns
    }

    /// The left chunk (`count` rows, as columns) joined: left columns then right columns.
    func joined(_ leftColumns: [[SQLValue]], count: Int, rightColumns: [[SQLValue]]) -> (
        columns: [[SQLValue]], count: Int
    ) {
        guard let slot = index.keySlot else { return ([], 0) }
        var leftRows: [Int] = []
        var rightRows: [Int] = []
        leftRows.reserveCapacity(count)
        rightRows.reserveCapacity(count)
        let keys = leftColumns[slot]
        for r in 0..<count {
            var c = index.first(key: keys[r]) ?? -1
            if c < 0 && left {
                leftRows.append(r)
                rightRows.append(-1)
            }
            while c >= 0 {
                leftRows.append(r)
                rightRows.append(c)
                c = index.next[c]
            }
        }
        let columns =
            leftColumns.map { column in leftRows.map { column[$0] } }
            + rightColumns.map { column in rightRows.map { $0 < 0 ? .null : column[$0] } }
        return (columns, leftRows.count)
    }
}
