/// Hash aggregation for a grouped query: each row is looked up by its GROUP BY values (one value, the
/// common case, is its own hash key: no key array per row) and folded into typed per-group state, one
/// `SQLAccumulator` per aggregate. Results are those of `SQLAggregate.result`, so both paths agree.
struct SQLGroupTable {
    let keys: [SQLCompiled]
    /// The row slot of a single GROUP BY key that is a plain column.
    let keySlot: Int?
    /// Each group's number by its key, for a single GROUP BY key.
    var single: [SQLValue: Int] = [:]
    /// Each group's number by its keys, for several GROUP BY keys.
    var multi: [[SQLValue]: Int] = [:]
    /// The first row of each group, in the order groups were met (what the SELECT list reads for
    /// GROUP BY expressions).
    private(set) var representatives: [[SQLValue]] = []
    var accumulators: [SQLAccumulator]

    init(keys: [SQLCompiled], aggregates: [SQLAggregate]) {
        self.keys = keys
        keySlot = keys.count == 1 ? keys[0].slot : nil
        accumulators = aggregates.map(SQLAccumulator.init)
    }

    var count: Int { representatives.count }

    mutating func add(_ row: [SQLValue]) throws {
        let g: Int
        if keys.count == 1 {
            let k = try keySlot.map { row[$0] } ?? keys[0].evaluate(row)
            if let existing = single[k] {
                g = existing
            } else {
                g = newGroup(row)
                single[k] = g
            }
        } else {
            var k: [SQLValue] = []
            k.reserveCapacity(keys.count)
            for key in keys { k.append(try key.value(row)) }
            if let existing = multi[k] {
                g = existing
            } else {
                g = newGroup(row)
                multi[k] = g
            }
        }
        for a in accumulators.indices { try accumulators[a].update(g, row) }
    }

    /// Whether `add(typed:count:)` applies: every GROUP BY expression and aggregate argument is a
    /// plain column (or `count(*)`), so nothing needs a row.
    var columnar: Bool {
        keys.allSatisfy { $0.slot != nil } && accumulators.allSatisfy(\.columnar)
    }

    /// A group of no rows (an aggregate without GROUP BY over no rows still answers one row): its
    /// representative is all NULLs.
    mutating func addEmptyGroup(width: Int) {
        _ = newGroup([SQLValue](repeating: .null, count: width))
    }

    mutating func newGroup(_ row: [SQLValue]) -> Int {
        representatives.append(row)
        for a in accumulators.indices { accumulators[a].addGroup() }
        return representatives.count - 1
    }

    /// Group `g`'s aggregate results, in aggregate order.
    func results(_ g: Int) -> [SQLValue] { accumulators.map { $0.result(g) } }
}
