/// Hash aggregation for a grouped query: each row is looked up by its GROUP BY values (one value, the
/// common case, is its own hash key: no key array per row) and folded into typed per-group state, one
/// `SQLAccumulator` per aggregate. Results are those of `SQLAggregate.result`, so both paths agree.
struct SQLGroupTable {
    private let keys: [SQLCompiled]
    private var single: [SQLValue: Int] = [:]
    private var multi: [[SQLValue]: Int] = [:]
    /// The first row of each group, in the order groups were met (what the SELECT list reads for
    /// GROUP BY expressions).
    private(set) var representatives: [[SQLValue]] = []
    private var accumulators: [SQLAccumulator]

    init(keys: [SQLCompiled], aggregates: [SQLAggregate]) {
        self.keys = keys
        accumulators = aggregates.map(SQLAccumulator.init)
    }

    var count: Int { representatives.count }

    mutating func add(_ row: [SQLValue]) throws {
        let g: Int
        if keys.count == 1 {
            let k = try keys[0].value(row)
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

    /// A group of no rows (an aggregate without GROUP BY over no rows still answers one row): its
    /// representative is all NULLs.
    mutating func addEmptyGroup(width: Int) {
        _ = newGroup([SQLValue](repeating: .null, count: width))
    }

    private mutating func newGroup(_ row: [SQLValue]) -> Int {
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

    @inline(__always)
    mutating func update(_ g: Int, _ row: [SQLValue]) throws {
        if aggregate.kind == .countStar {
            counts[g] += 1
            return
        }
        guard let argument = aggregate.argument else { return }
        let v = try argument.value(row)
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
