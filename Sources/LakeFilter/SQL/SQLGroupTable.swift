/// Hash aggregation for a grouped query: each row is looked up by its GROUP BY values (one value, the
/// common case, is its own hash key: no key array per row) and folded into typed per-group state, one
/// `SQLAccumulator` per aggregate. Results are those of `SQLAggregate.result`, so both paths agree.
struct SQLGroupTable {
    private let keys: [SQLCompiled]
    /// The row slot of a single GROUP BY key that is a plain column.
    let keySlot: Int?
    /// Each group's number by its key, for a single GROUP BY key.
    var single: [SQLValue: Int] = [:]
    private var multi: [[SQLValue]: Int] = [:]
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

    /// Whether `add(columns:count:)` applies: every GROUP BY expression and aggregate argument is a
    /// plain column (or `count(*)`), so nothing needs a row.
    var columnar: Bool {
        keys.allSatisfy { $0.slot != nil } && accumulators.allSatisfy(\.columnar)
    }

    /// Folds a column-major chunk (the scope's columns, `count` rows) in, with no row built except a new
    /// group's representative: first each row's group, then each aggregate over its column.
    mutating func add(columns: [[SQLValue]], count: Int) throws {
        var groupOf = [Int](repeating: 0, count: count)
        let slots = keys.map { $0.slot ?? 0 }
        if slots.count == 1 {
            let column = columns[slots[0]]
            for r in 0..<count {
                let k = column[r]
                if let g = single[k] {
                    groupOf[r] = g
                } else {
                    let g = newGroup(columns.map { $0[r] })
                    single[k] = g
                    groupOf[r] = g
                }
            }
        } else {
            for r in 0..<count {
                let k = slots.map { columns[$0][r] }
                if let g = multi[k] {
                    groupOf[r] = g
                } else {
                    let g = newGroup(columns.map { $0[r] })
                    multi[k] = g
                    groupOf[r] = g
                }
            }
        }
        for a in accumulators.indices { try accumulators[a].update(groups: groupOf, columns: columns) }
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

/// One aggregate's state for every group, in typed arrays indexed by group (no `State` enum rebuilt
/// per row). Updates follow `SQLAggregate.update` case for case.
struct SQLAccumulator {
    private let aggregate: SQLAggregate
    private let initial: SQLAggregate.State
    /// The argument's row slot when it is a plain column (read without calling the compiled closure).
    let slot: Int?
    private var counts: [Int64] = []
    private var integers: [Int64] = []
    private var decimals: [Int128] = []
    private var doubles: [Double] = []
    private var any: [Bool] = []
    private var extremes: [SQLValue] = []
    private var distinct: [Set<SQLValue>] = []

    init(_ aggregate: SQLAggregate) {
        self.aggregate = aggregate
        initial = aggregate.initial()
        slot = aggregate.argument?.slot
    }

    mutating func addGroup() {
        switch initial {
        case .count: counts.append(0)
        case .distinct: distinct.append([])
        case .sumInteger:
            integers.append(0)
            any.append(false)
        case .sumDecimal:
            decimals.append(0)
            any.append(false)
        case .sumDouble:
            doubles.append(0)
            any.append(false)
        case .extreme: extremes.append(.null)
        case .average:
            doubles.append(0)
            counts.append(0)
        case .averageDecimal:
            decimals.append(0)
            counts.append(0)
        }
    }

    /// `count(*)`, or an argument that is a plain column.
    var columnar: Bool { aggregate.kind == .countStar || slot != nil }

    mutating func update(_ g: Int, _ row: [SQLValue]) throws {
        if aggregate.kind == .countStar {
            counts[g] += 1
            return
        }
        if let slot {
            try update(g, value: row[slot])
        } else if let argument = aggregate.argument {
            try update(g, value: try argument.evaluate(row))
        }
    }

    /// Row `r` of the chunk goes to group `groups[r]`; the argument is read from its column.
    mutating func update(groups: [Int], columns: [[SQLValue]]) throws {
        if aggregate.kind == .countStar {
            for g in groups { counts[g] += 1 }
            return
        }
        guard let slot else { return }
        let values = columns[slot]
        for r in groups.indices { try update(groups[r], value: values[r]) }
    }

    @inline(__always)
    private mutating func update(_ g: Int, value v: SQLValue) throws {
        if v.isNull { return }
        switch (initial, v) {
        case (.count, _): counts[g] += 1
        case (.distinct, _): distinct[g].insert(v)
        case (.sumInteger, .integer(let x)):
            let (r, o) = integers[g].addingReportingOverflow(x)
            if o { throw SQLError.runtime("bigint overflow in sum()") }
            integers[g] = r
            any[g] = true
        case (.sumDecimal, .decimal(let x, _)):
            decimals[g] = try SQLDecimal.checked(decimals[g] + x)
            any[g] = true
        case (.sumDouble, _):
            doubles[g] += SQLAggregate.double(v)
            any[g] = true
        case (.extreme, _):
            let e = extremes[g]
            if e.isNull {
                extremes[g] = v
                return
            }
            let c = SQLCompare.order(v, e)
            if (aggregate.kind == .min && c < 0) || (aggregate.kind == .max && c > 0) { extremes[g] = v }
        case (.average, _):
            doubles[g] += SQLAggregate.double(v)
            counts[g] += 1
        case (.averageDecimal, .decimal(let x, _)):
            decimals[g] = try SQLDecimal.checked(decimals[g] + x)
            counts[g] += 1
        default: throw SQLError.runtime("unexpected value \(v.codecValue) in an aggregate")
        }
    }

    func result(_ g: Int) -> SQLValue {
        let state: SQLAggregate.State =
            switch initial {
            case .count: .count(counts[g])
            case .distinct: .distinct(distinct[g])
            case .sumInteger: .sumInteger(integers[g], any[g])
            case .sumDecimal: .sumDecimal(decimals[g], any[g])
            case .sumDouble: .sumDouble(doubles[g], any[g])
            case .extreme: .extreme(extremes[g])
            case .average: .average(doubles[g], counts[g])
            case .averageDecimal: .averageDecimal(decimals[g], counts[g])
            }
        return aggregate.result(state)
    }
}
