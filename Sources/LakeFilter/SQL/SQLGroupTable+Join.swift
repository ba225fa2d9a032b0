/// A grouped query over one inner equi-join whose single GROUP BY key is a column of the joined (right)
/// table — the usual "facts joined to a dimension, grouped by one of its attributes". Each right row's
/// group is found once, the first time a left row meets it, and remembered; every later pair takes it
/// from there, so no key is gathered or hashed per joined pair, and only the columns the aggregates read
/// are gathered. Groups are numbered in the order they are met, as `add(typed:count:)` numbers them.
extension SQLGroupTable {
    /// Whether `add(joining:count:through:rightColumns:rightGroups:keyGroups:)` applies to `join`, whose left side
    /// has `leftWidth` columns.
    func groupsByRightColumn(of join: PreparedJoin, leftWidth: Int) -> Bool {
        guard let slot = keySlot, slot >= leftWidth, !join.left, join.joinsColumns else { return false }
        return columnar
    }

    /// Folds the pairs of a left chunk (`count` rows, as the scan typed them) and the right rows matching
    /// each in. `rightGroups` holds, per right row, its group or -1 before its first pair (kept across
    /// chunks); `keyGroups` (empty at first, kept across chunks) the same per dense key when the index's
    /// keys are dense integers and no aggregate reads a right column. An integer left key probes unboxed;
    /// the left columns an aggregate reads are picked for the pairs in their typed storage, so a sum over
    /// the facts makes no value per pair.
    mutating func add(
        joining left: [SQLColumnChunk], count: Int, through join: PreparedJoin, rightColumns: [[SQLValue]],
        rightGroups: inout [Int], keyGroups: inout [Int32]
    ) throws {
        guard let leftKey = join.index.keySlot, let slot = keySlot else { return }
        let leftWidth = left.count
        let keyColumn = rightColumns[slot - leftWidth]
        var groupOf: [Int] = []
        var leftRows: [Int] = []
        var rightRows: [Int] = []
        groupOf.reserveCapacity(count)
        leftRows.reserveCapacity(count)
        rightRows.reserveCapacity(count)
        let next = join.index.next
        var leftValues: [[SQLValue]]?
        /// Right row `c`'s group, found (or made, with left row `r` and `c` as its representative) once.
        func rightGroup(_ c: Int, left r: Int) throws -> Int {
            if rightGroups[c] >= 0 { return rightGroups[c] }
            let key = keyColumn[c]
            let g: Int
            if let existing = single[key] {
                g = existing
            } else {
                if leftValues == nil { leftValues = try left.map { try $0.values() } }
                g = newGroup((leftValues ?? []).map { $0[r] } + rightColumns.map { $0[c] })
                single[key] = g
            }
            rightGroups[c] = g
            return g
        }
        let readsRight = accumulators.contains { ($0.slot ?? -1) >= leftWidth }
        if join.index.denseWidth > 0, !readsRight, left[leftKey].type.isInteger,
            let keys = left[leftKey].scanned?.integers()
        {
            // Dense integer keys (a dimension's ids): each key's group in one array by key, so a left row
            // costs one read; a key with several right rows (-2) walks its chain. -1: not met yet, -3: no row.
            if keyGroups.isEmpty { keyGroups = [Int32](repeating: -1, count: join.index.denseWidth) }
            for r in 0..<count {
                guard let k = keys[r], let slot = join.index.denseSlot(k) else { continue }
                var g = keyGroups[slot]
                if g == -1 {
                    let c = join.index.denseFirst(slot)
                    g = c < 0 ? -3 : next[c] >= 0 ? -2 : Int32(try rightGroup(c, left: r))
                    keyGroups[slot] = g
                }
                if g >= 0 {
                    groupOf.append(Int(g))
                    leftRows.append(r)
                } else if g == -2 {
                    var c = join.index.denseFirst(slot)
                    while c >= 0 {
                        groupOf.append(try rightGroup(c, left: r))
                        leftRows.append(r)
                        c = next[c]
                    }
                }
            }
        } else {
            // Each left row's first matching right row (-1 for none), then the pairs along each chain.
            var firsts = [Int](repeating: -1, count: count)
            if join.index.isIntegerKeyed, left[leftKey].type.isInteger, let keys = left[leftKey].scanned?.integers() {
                for r in 0..<count { if let k = keys[r], let c = join.index.integer(k) { firsts[r] = c } }
            } else {
                let keys = try left[leftKey].values()
                for r in 0..<count { if let c = join.index.first(key: keys[r]) { firsts[r] = c } }
            }
            for r in 0..<count {
                var c = firsts[r]
                while c >= 0 {
                    groupOf.append(try rightGroup(c, left: r))
                    leftRows.append(r)
                    rightRows.append(c)
                    c = next[c]
                }
            }
        }
        // Only the columns an aggregate reads are picked; the others stay empty.
        let read = Set(accumulators.compactMap(\.slot))
        let columns = (0..<(leftWidth + rightColumns.count)).map { i -> SQLColumnChunk in
            guard read.contains(i) else { return .values([], as: .unknown) }
            return i < leftWidth
                ? left[i].gathering(leftRows)
                : .values(rightRows.map { rightColumns[i - leftWidth][$0] }, as: .unknown)
        }
        for a in accumulators.indices { try accumulators[a].update(groups: groupOf, chunk: columns) }
    }
}
