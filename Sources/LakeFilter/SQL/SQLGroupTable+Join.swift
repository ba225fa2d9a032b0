/// A grouped query over one inner equi-join whose single GROUP BY key is a column of the joined (right)
/// table — the usual "facts joined to a dimension, grouped by one of its attributes". Each right row's
/// group is found once, the first time a left row meets it, and remembered; every later pair takes it
/// from there, so no key is gathered or hashed per joined pair, and only the columns the aggregates read
/// are gathered. Groups are numbered in the order they are met, as `add(columns:count:)` numbers them.
extension SQLGroupTable {
    /// Whether `add(joining:count:through:rightColumns:rightGroups:)` applies to `join`, whose left side
    /// has `leftWidth` columns.
    func groupsByRightColumn(of join: PreparedJoin, leftWidth: Int) -> Bool {
        guard let slot = keySlot, slot >= leftWidth, !join.left, join.joinsColumns else { return false }
        return columnar
    }

    /// Folds the pairs of a left chunk (`count` rows as columns) and the right rows matching each in.
    /// `rightGroups` holds, per right row, its group or -1 before its first pair (kept across chunks).
    mutating func add(
        joining leftColumns: [[SQLValue]], count: Int, through join: PreparedJoin, rightColumns: [[SQLValue]],
        rightGroups: inout [Int]
    ) throws {
        guard let leftKey = join.index.keySlot, let slot = keySlot else { return }
        let leftWidth = leftColumns.count
        let keyColumn = rightColumns[slot - leftWidth]
        let keys = leftColumns[leftKey]
        var groupOf: [Int] = []
        var leftRows: [Int] = []
        var rightRows: [Int] = []
        groupOf.reserveCapacity(count)
        leftRows.reserveCapacity(count)
        rightRows.reserveCapacity(count)
        for r in 0..<count {
            var c = join.index.first(key: keys[r]) ?? -1
            while c >= 0 {
                var g = rightGroups[c]
                if g < 0 {
                    let key = keyColumn[c]
                    if let existing = single[key] {
                        g = existing
                    } else {
                        g = newGroup(leftColumns.map { $0[r] } + rightColumns.map { $0[c] })
                        single[key] = g
                    }
                    rightGroups[c] = g
                }
                groupOf.append(g)
                leftRows.append(r)
                rightRows.append(c)
                c = join.index.next[c]
            }
        }
        // Only the columns an aggregate reads are gathered; the others stay empty.
        let read = Set(accumulators.compactMap(\.slot))
        var columns = [[SQLValue]](repeating: [], count: leftWidth + rightColumns.count)
        for i in read {
            columns[i] =
                i < leftWidth
                ? leftRows.map { leftColumns[i][$0] } : rightRows.map { rightColumns[i - leftWidth][$0] }
        }
        for a in accumulators.indices { try accumulators[a].update(groups: groupOf, columns: columns) }
    }
}
