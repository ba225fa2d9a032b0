import LakeCodec

/// Grouped aggregation straight from the scan's typed chunks (no joins, no WHERE, plain-column keys and
/// arguments): a string key is looked up once per stored value — per dictionary entry when the scan kept
/// the dictionary — instead of once per row, so rows of a group already met cost an array read, no
/// `String` and no hash; the aggregates read unboxed numbers (`SQLAccumulator.update(groups:chunk:)`).
/// A chunk's columns become SQL values only if it holds a new group (for that group's first row).
extension SQLGroupTable {
    /// Folds a chunk (the scope's columns, `count` rows: typed from the scan, or values already made, as a
    /// join's output is) in; groups are numbered in the order they are met.
    mutating func add(typed chunk: [SQLColumnChunk], count: Int) throws {
        var made: [[SQLValue]]?
        /// Row `r`'s group by its key, a new one (with that row as its representative) when unseen.
        func group(single key: SQLValue, row r: Int) throws -> Int {
            if let g = single[key] { return g }
            if made == nil { made = try chunk.map { try $0.values() } }
            let g = newGroup(made.map { columns in columns.map { $0[r] } } ?? [])
            single[key] = g
            return g
        }
        var groupOf = [Int](repeating: 0, count: count)
        let slots = keys.map { $0.slot ?? 0 }
        if slots.count == 1, chunk[slots[0]].type == .varchar,
            let strings = chunk[slots[0]].scanned?.stringPositions(), strings.valueCount <= 4 * count
        {
            // One group number per stored value, found the first time a row holds it.
            var byPosition = [Int](repeating: -1, count: strings.valueCount)
            var nullGroup = -1
            for r in 0..<count {
                let p = strings.positions[r]
                if p < 0 {
                    if nullGroup < 0 { nullGroup = try group(single: .null, row: r) }
                    groupOf[r] = nullGroup
                    continue
                }
                var g = byPosition[p]
                if g < 0 {
                    g = try group(single: .string(strings.text(p)), row: r)
                    byPosition[p] = g
                }
                groupOf[r] = g
            }
        } else if slots.count == 1 {
            let column = try chunk[slots[0]].values()
            for r in 0..<count { groupOf[r] = try group(single: column[r], row: r) }
        } else {
            let columns = try slots.map { try chunk[$0].values() }
            for r in 0..<count {
                let k = columns.map { $0[r] }
                if let g = multi[k] {
                    groupOf[r] = g
                } else {
                    if made == nil { made = try chunk.map { try $0.values() } }
                    let g = newGroup(made.map { columns in columns.map { $0[r] } } ?? [])
                    multi[k] = g
                    groupOf[r] = g
                }
            }
        }
        for a in accumulators.indices { try accumulators[a].update(groups: groupOf, chunk: chunk) }
    }
}
