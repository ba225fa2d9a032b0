/// The scalar functions of the local SQL dialect, typed as Athena types them: lower, upper, substr,
/// length (code points, bigint), coalesce, round (half away from zero), abs, year/month/day (bigint)
/// and date_trunc (same type as its argument).
enum SQLScalarFunctions {
    static func compile(_ name: String, _ args: [SQLCompiled], position p: Int) throws -> SQLCompiled {
        func arity(_ range: ClosedRange<Int>) throws {
            guard range.contains(args.count) else {
                let wanted =
                    range.lowerBound == range.upperBound
                    ? "\(range.lowerBound)" : "\(range.lowerBound) or \(range.upperBound)"
                throw SQLError(position: p, reason: "\(name)() takes \(wanted) argument(s), got \(args.count)")
            }
        }
        func require(_ i: Int, _ ok: (SQLType) -> Bool, _ what: String) throws {
            guard ok(args[i].type) || args[i].type == .unknown else {
                throw SQLError(
                    position: p, reason: "\(name)() needs \(what) as argument \(i + 1), found \(args[i].type)")
            }
        }
        switch name {
        case "lower", "upper":
            try arity(1...1)
            try require(0, { $0 == .varchar }, "varchar")
            let x = args[0]
            let lower = name == "lower"
            return SQLCompiled(type: .varchar) { row in
                guard case .string(let s) = try x.evaluate(row) else { return .null }
                return .string(lower ? s.lowercased() : s.uppercased())
            }
        case "length":
            try arity(1...1)
            try require(0, { $0 == .varchar }, "varchar")
            let x = args[0]
            return SQLCompiled(type: .bigint) { row in
                guard case .string(let s) = try x.evaluate(row) else { return .null }
                return .integer(Int64(s.unicodeScalars.count))
            }
        case "substr", "substring":
            try arity(2...3)
            try require(0, { $0 == .varchar }, "varchar")
            try require(1, \.isInteger, "an integer")
            if args.count == 3 { try require(2, \.isInteger, "an integer") }
            let x = args[0]
            let start = args[1]
            let length: SQLCompiled? = args.count == 3 ? args[2] : nil
            return SQLCompiled(type: .varchar) { row in
                guard case .string(let s) = try x.evaluate(row), case .integer(var from) = try start.evaluate(row)
                else { return .null }
                var count = Int64.max
                if let length {
                    guard case .integer(let n) = try length.evaluate(row) else { return .null }
                    if n < 0 { throw SQLError.runtime("substr() length must not be negative") }
                    count = n
                }
                let scalars = Array(s.unicodeScalars)
                let n = Int64(scalars.count)
                if from == 0 { return .string("") }
                if from < 0 { from = n + from + 1 }
                if from < 1 || from > n { return .string("") }
                let begin = Int(from - 1)
                let end = Int(min(n, count > n ? n : from - 1 + count))
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[begin..<max(begin, end)])
                return .string(String(view))
            }
        case "coalesce":
            guard !args.isEmpty else { throw SQLError(position: p, reason: "coalesce() needs at least one argument") }
            var type = SQLType.unknown
            for a in args {
                guard let t = SQLType.common(type, a.type) else {
                    throw SQLError(
                        position: p, reason: "coalesce() arguments have types \(type) and \(a.type), which do not mix")
                }
                type = t
            }
            let values = args.map { $0.converted(to: type) }
            return SQLCompiled(type: type) { row in
                for v in values {
                    let x = try v.evaluate(row)
                    if !x.isNull { return x }
                }
                return .null
            }
        case "abs":
            try arity(1...1)
            try require(0, \.isNumeric, "a number")
            let x = args[0]
            let type = x.type
            return SQLCompiled(type: type) { row in
                switch try x.evaluate(row) {
                case .integer(let i):
                    guard i != Int64.min, type.integerRange.contains(abs(i)) else {
                        throw SQLError.runtime("\(type) overflow: abs(\(i))")
                    }
                    return .integer(abs(i))
                case .double(let d): return .double(abs(d))
                case .decimal(let d, let s): return .decimal(d < 0 ? -d : d, scale: s)
                default: return .null
                }
            }
        case "round":
            try arity(1...2)
            try require(0, \.isNumeric, "a number")
            if args.count == 2 { try require(1, \.isInteger, "an integer") }
            let x = args[0]
            let digits = args.count == 2 ? args[1] : SQLCompiled.literal(.integer(0), .integer)
            var type = x.type
            if case .decimal(let pr, let s) = x.type, args.count == 1 {
                type = .decimal(precision: min(38, pr - s + min(s, 1)), scale: 0)
            } else if case .decimal(let pr, let s) = x.type {
                type = .decimal(precision: min(38, pr + 1), scale: s)
            }
            let resultType = type
            return SQLCompiled(type: resultType) { row in
                guard case .integer(let n) = try digits.evaluate(row) else { return .null }
                switch try x.evaluate(row) {
                case .integer(let i):
                    if n >= 0 { return .integer(i) }
                    let f = Int64(exactly: SQLDecimal.power(Int(min(-n, 19)))) ?? Int64.max
                    let r = SQLDecimal.divideRounding(Int128(i), Int128(f)) * Int128(f)
                    guard let v = Int64(exactly: r), resultType.integerRange.contains(v) else {
                        throw SQLError.runtime("\(resultType) overflow in round()")
                    }
                    return .integer(v)
                case .double(let d):
                    if !d.isFinite { return .double(d) }
                    let f = pow10(Int(n))
                    let r = (d * f).rounded(.toNearestOrAwayFromZero) / f
                    return .double(r.isFinite ? r : d)
                case .decimal(let v, let s):
                    let keep = Int(max(-38, min(Int64(s), n)))
                    var r = v
                    if keep < s {
                        let f = SQLDecimal.power(s - keep)
                        r = SQLDecimal.divideRounding(v, f) * f
                    }
                    if case .decimal(_, let outScale) = resultType, outScale < s {
                        r /= SQLDecimal.power(s - outScale)
                        return .decimal(r, scale: outScale)
                    }
                    return .decimal(r, scale: s)
                default: return .null
                }
            }
        case "year", "month", "day":
            try arity(1...1)
            try require(0, { $0 == .date || $0 == .timestamp }, "a date or timestamp")
            let x = args[0]
            return SQLCompiled(type: .bigint) { row in
                let days: Int64
                switch try x.evaluate(row) {
                case .date(let d): days = Int64(d)
                case .timestamp(let t): days = SQLCalendar.floorDiv(t, SQLCalendar.microsPerDay)
                default: return .null
                }
                let c = SQLCalendar.civil(days)
                return .integer(name == "year" ? c.year : (name == "month" ? c.month : c.day))
            }
        case "date_trunc":
            try arity(2...2)
            try require(
                0, { $0 == .varchar }, "a unit ('year', 'quarter', 'month', 'week', 'day', 'hour', 'minute', 'second')")
            try require(1, { $0 == .date || $0 == .timestamp }, "a date or timestamp")
            let units = ["year", "quarter", "month", "week", "day", "hour", "minute", "second"]
            if case .string(let u) = args[0].constant, !units.contains(u.lowercased()) {
                throw SQLError(
                    position: p, reason: "date_trunc() unit '\(u)' is not one of \(units.joined(separator: ", "))")
            }
            let unit = args[0]
            let x = args[1]
            return SQLCompiled(type: x.type) { row in
                guard case .string(let u) = try unit.evaluate(row) else { return .null }
                let v = try x.evaluate(row)
                let micros: Int64
                switch v {
                case .date(let d): micros = Int64(d) * SQLCalendar.microsPerDay
                case .timestamp(let t): micros = t
                default: return .null
                }
                let day = SQLCalendar.floorDiv(micros, SQLCalendar.microsPerDay)
                let c = SQLCalendar.civil(day)
                let truncated: Int64
                switch u.lowercased() {
                case "year": truncated = SQLCalendar.days(year: c.year, month: 1, day: 1) * SQLCalendar.microsPerDay
                case "quarter":
                    truncated =
                        SQLCalendar.days(year: c.year, month: (c.month - 1) / 3 * 3 + 1, day: 1)
                        * SQLCalendar.microsPerDay
                case "month":
                    truncated = SQLCalendar.days(year: c.year, month: c.month, day: 1) * SQLCalendar.microsPerDay
                case "week":
                    // ISO weeks start on Monday; 1970-01-01 was a Thursday.
                    let weekday = ((day + 3) % 7 + 7) % 7
                    truncated = (day - weekday) * SQLCalendar.microsPerDay
                case "day": truncated = day * SQLCalendar.microsPerDay
                case "hour": truncated = SQLCalendar.floorDiv(micros, 3_600_000_000) * 3_600_000_000
                case "minute": truncated = SQLCalendar.floorDiv(micros, 60_000_000) * 60_000_000
                case "second": truncated = SQLCalendar.floorDiv(micros, 1_000_000) * 1_000_000
                default:
                    throw SQLError.runtime("date_trunc() unit '\(u)' is not one of \(units.joined(separator: ", "))")
                }
                if case .date = v { return .date(Int32(SQLCalendar.floorDiv(truncated, SQLCalendar.microsPerDay))) }
                return .timestamp(truncated)
            }
        default:
            throw SQLError(position: p, reason: "the function \(name)() is not part of the local SQL dialect")
        }
    }

    private static func pow10(_ n: Int) -> Double {
        var f = 1.0
        for _ in 0..<abs(n) { f *= 10 }
        return n >= 0 ? f : 1 / f
    }
}
