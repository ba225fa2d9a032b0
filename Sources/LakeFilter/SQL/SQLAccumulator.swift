import LakeCodec

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

    /// Row `r` of a typed chunk goes to group `groups[r]`. Counts, sums and averages of integer, double
    /// and decimal columns read the scan's unboxed numbers (the same numbers `SQLColumnChunk.values()`
    /// would box, so both paths agree); everything else goes through the values.
    mutating func update(groups: [Int], chunk: [SQLColumnChunk]) throws {
        if aggregate.kind == .countStar {
            for g in groups { counts[g] += 1 }
            return
        }
        guard let slot else { return }
        let column = chunk[slot]
        if let scanned = column.scanned, try updateTyped(groups: groups, scanned, column.type) { return }
        let values = try column.values()
        for r in groups.indices { try update(groups[r], value: values[r]) }
    }

    /// The typed cases of `update(groups:chunk:)`; false when the column is not one of them.
    private mutating func updateTyped(groups: [Int], _ column: ScanColumn, _ type: SQLType) throws -> Bool {
        switch (initial, type) {
        case (.count, _):
            for r in groups.indices where !column.isNull(r) { counts[groups[r]] += 1 }
        case (.sumInteger, .tinyint), (.sumInteger, .smallint), (.sumInteger, .integer), (.sumInteger, .bigint):
            guard let v = column.integers() else { return false }
            for r in groups.indices {
                guard let x = v[r] else { continue }
                let g = groups[r]
                let (sum, o) = integers[g].addingReportingOverflow(x)
                if o { throw SQLError.runtime("bigint overflow in sum()") }
                integers[g] = sum
                any[g] = true
            }
        case (.sumDecimal, .decimal(_, let scale)), (.averageDecimal, .decimal(_, let scale)):
            guard let d = column.decimals(), d.scale == scale else { return false }
            let isSum = if case .sumDecimal = initial { true } else { false }
            for r in groups.indices {
                guard let x = d.unscaled[r] else { continue }
                let g = groups[r]
                decimals[g] = try SQLDecimal.sum(decimals[g], x)
                if isSum { any[g] = true } else { counts[g] += 1 }
            }
        case (.sumDouble, .double), (.average, .double):
            guard let v = column.doubles() else { return false }
            let isSum = if case .sumDouble = initial { true } else { false }
            for r in groups.indices {
                guard let x = v[r] else { continue }
                let g = groups[r]
                doubles[g] += x
                if isSum { any[g] = true } else { counts[g] += 1 }
            }
        case (.average, .tinyint), (.average, .smallint), (.average, .integer), (.average, .bigint):
            guard let v = column.integers() else { return false }
            for r in groups.indices {
                guard let x = v[r] else { continue }
                let g = groups[r]
                doubles[g] += Double(x)
                counts[g] += 1
            }
        default:
            return false
        }
        return true
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
            decimals[g] = try SQLDecimal.sum(decimals[g], x)
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
            decimals[g] = try SQLDecimal.sum(decimals[g], x)
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
