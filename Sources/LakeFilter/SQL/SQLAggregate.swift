/// One aggregate call of a grouped query, and the shape of its running state per group (kept in typed
/// arrays by `SQLAccumulator`). Result types are Athena's:
/// count is bigint; sum of integers bigint (overflow an error), of decimal(p,s) decimal(38,s), of double
/// double; avg of integers or doubles double, of decimal(p,s) decimal(p,s); min and max keep the type.
struct SQLAggregate {
    enum Kind {
        case countStar, count, countDistinct, sum, min, max, avg
    }

    var kind: Kind
    var argument: SQLCompiled?
    var type: SQLType

    enum State {
        case count(Int64)
        case distinct(Set<SQLValue>)
        case sumInteger(Int64, Bool)
        case sumDecimal(Int128, Bool)
        case sumDouble(Double, Bool)
        case extreme(SQLValue)
        case average(Double, Int64)
        case averageDecimal(Int128, Int64)
    }

    static func make(_ name: String, _ args: [SQLCompiled], distinct: Bool, star: Bool, position: Int) throws
        -> SQLAggregate
    {
        if star { return SQLAggregate(kind: .countStar, argument: nil, type: .bigint) }
        guard args.count == 1 else {
            throw SQLError(position: position, reason: "\(name)() takes one argument, got \(args.count)")
        }
        let a = args[0]
        if case .other(let t) = a.type, name != "count" {
            throw SQLError(position: position, reason: "\(name)() cannot take a \(t) value")
        }
        switch name {
        case "count": return SQLAggregate(kind: distinct ? .countDistinct : .count, argument: a, type: .bigint)
        case "min", "max":
            return SQLAggregate(kind: name == "min" ? .min : .max, argument: a, type: a.type)
        case "sum", "avg":
            let type: SQLType
            switch a.type {
            case .tinyint, .smallint, .integer, .bigint: type = name == "sum" ? .bigint : .double
            case .double, .unknown: type = .double
            case .decimal(let p, let s):
                type = name == "sum" ? .decimal(precision: 38, scale: s) : .decimal(precision: p, scale: s)
            default: throw SQLError(position: position, reason: "\(name)() needs a number, found \(a.type)")
            }
            return SQLAggregate(kind: name == "sum" ? .sum : .avg, argument: a, type: type)
        default: throw SQLError(position: position, reason: "\(name)() is not an aggregate")
        }
    }

    func initial() -> State {
        switch kind {
        case .countStar, .count: .count(0)
        case .countDistinct: .distinct([])
        case .sum:
            switch type {
            case .bigint: .sumInteger(0, false)
            case .decimal: .sumDecimal(0, false)
            default: .sumDouble(0, false)
            }
        case .min, .max: .extreme(.null)
        case .avg:
            if case .decimal = type { .averageDecimal(0, 0) } else { .average(0, 0) }
        }
    }

    static func double(_ v: SQLValue) -> Double {
        switch v {
        case .integer(let i): Double(i)
        case .double(let d): d
        case .decimal(let x, let s): SQLDecimal.double(x, scale: s)
        default: .nan
        }
    }

    func result(_ state: State) -> SQLValue {
        switch state {
        case .count(let n): .integer(n)
        case .distinct(let set): .integer(Int64(set.count))
        case .sumInteger(let s, let any): any ? .integer(s) : .null
        case .sumDecimal(let s, let any):
            if case .decimal(_, let scale) = type, any { .decimal(s, scale: scale) } else { .null }
        case .sumDouble(let s, let any): any ? .double(s) : .null
        case .extreme(let v): v
        case .average(let s, let n): n == 0 ? .null : .double(s / Double(n))
        case .averageDecimal(let s, let n):
            if case .decimal(_, let scale) = type, n > 0 {
                .decimal(SQLDecimal.divideRounding(s, Int128(n)), scale: scale)
            } else {
                .null
            }
        }
    }
}
