/// Converting a value from one type to another: implicit widening (integer to decimal or double, date
/// to timestamp) and explicit `CAST`, with Athena's rules (numbers rounded half away from zero, out of
/// range an error, text that does not parse an error naming it).
enum SQLCast {
    static func convert(_ v: SQLValue, from: SQLType, to: SQLType) throws -> SQLValue {
        if v.isNull || from == to { return v }
        func bad() -> SQLError { SQLError.runtime("cannot cast \(describe(v)) from \(from) to \(to)") }
        switch to {
        case .varchar:
            switch v {
            case .string: return v
            case .integer(let i): return .string(String(i))
            case .double(let d): return .string(String(d))
            case .decimal(let x, let s): return .string(SQLDecimal.text(x, scale: s))
            case .boolean(let b): return .string(b ? "true" : "false")
            case .date(let d): return .string(SQLCalendar.dateText(d))
            case .timestamp(let t): return .string(SQLCalendar.timestampText(t))
            default: throw bad()
            }
        case .tinyint, .smallint, .integer, .bigint:
            let i: Int64
            switch v {
            case .integer(let x): i = x
            case .boolean(let b): i = b ? 1 : 0
            case .double(let d):
                let r = d.rounded(.toNearestOrAwayFromZero)
                guard r.isFinite, r >= -9.223_372_036_854_775_808e18, r < 9.223_372_036_854_775_808e18 else {
                    throw SQLError.runtime("\(d) is out of range for \(to)")
                }
                i = Int64(r)
            case .decimal(let x, let s):
                let r = SQLDecimal.divideRounding(x, SQLDecimal.power(s))
                guard r >= Int128(Int64.min), r <= Int128(Int64.max) else {
                    throw SQLError.runtime("\(SQLDecimal.text(x, scale: s)) is out of range for \(to)")
                }
                i = Int64(r)
            case .string(let s):
                guard let x = Int64(s.trimmingSpaces) else { throw bad() }
                i = x
            default: throw bad()
            }
            guard to.integerRange.contains(i) else { throw SQLError.runtime("\(i) is out of range for \(to)") }
            return .integer(i)
        case .double:
            switch v {
            case .integer(let x): return .double(Double(x))
            case .decimal(let x, let s): return .double(SQLDecimal.double(x, scale: s))
            case .boolean(let b): return .double(b ? 1 : 0)
            case .string(let s):
                let t = s.trimmingSpaces
                switch t.lowercased() {
                case "nan": return .double(.nan)
                case "infinity": return .double(.infinity)
                case "-infinity": return .double(-.infinity)
                default:
                    guard let d = Double(t) else { throw bad() }
                    return .double(d)
                }
            default: throw bad()
            }
        case .decimal(let p, let s):
            let x: Int128
            switch v {
            case .integer(let i): x = try SQLDecimal.rescale(Int128(i), from: 0, to: s)
            case .decimal(let u, let from): x = try SQLDecimal.rescale(u, from: from, to: s)
            case .double(let d):
                guard d.isFinite, let u = SQLDecimal.parse(plain(d), scale: s) else { throw bad() }
                x = u
            case .string(let t):
                guard let u = SQLDecimal.parse(t.trimmingSpaces, scale: s) else { throw bad() }
                x = u
            case .boolean(let b): x = try SQLDecimal.rescale(b ? 1 : 0, from: 0, to: s)
            default: throw bad()
            }
            guard x.magnitude < SQLDecimal.power(p).magnitude else {
                throw SQLError.runtime("\(describe(v)) is out of range for decimal(\(p),\(s))")
            }
            return .decimal(x, scale: s)
        case .boolean:
            switch v {
            case .boolean: return v
            case .integer(let i): return .boolean(i != 0)
            case .double(let d): return .boolean(d != 0)
            case .decimal(let x, _): return .boolean(x != 0)
            case .string(let s):
                switch s.trimmingSpaces.lowercased() {
                case "true": return .boolean(true)
                case "false": return .boolean(false)
                default: throw bad()
                }
            default: throw bad()
            }
        case .date:
            switch v {
            case .date: return v
            case .timestamp(let t): return .date(Int32(SQLCalendar.floorDiv(t, SQLCalendar.microsPerDay)))
            case .string(let s):
                guard let d = SQLCalendar.parseDate(s) else { throw bad() }
                return .date(d)
            default: throw bad()
            }
        case .timestamp:
            switch v {
            case .timestamp: return v
            case .date(let d): return .timestamp(Int64(d) * SQLCalendar.microsPerDay)
            case .string(let s):
                guard let t = SQLCalendar.parseTimestamp(s) else { throw bad() }
                return .timestamp(t)
            default: throw bad()
            }
        case .other, .unknown:
            throw bad()
        }
    }

    /// A double in plain notation (no exponent), enough digits to round-trip.
    static func plain(_ d: Double) -> String {
        let text = String(d)
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) else { return text }
        let mantissa = text[..<e]
        guard let exponent = Int(text[text.index(after: e)...]) else { return text }
        let negative = mantissa.hasPrefix("-")
        var digits = mantissa.filter(\.isNumber)
        let point =
            (mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) }
                ?? mantissa.count) - (negative ? 1 : 0) + exponent
        if point <= 0 {
            digits = "0." + String(repeating: "0", count: -point) + digits
        } else if point >= digits.count {
            digits += String(repeating: "0", count: point - digits.count)
        } else {
            digits.insert(".", at: digits.index(digits.startIndex, offsetBy: point))
        }
        return (negative ? "-" : "") + digits
    }

    static func describe(_ v: SQLValue) -> String {
        switch v {
        case .string(let s): "'\(s)'"
        case .null: "NULL"
        default: "\(v.codecValue)"
        }
    }
}
