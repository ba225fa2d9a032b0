/// Orders a value against a literal written as text, interpreting the text by the value's kind: numbers
/// numerically, strings by UTF-8 bytes, dates as YYYY-MM-DD, timestamps as ISO-8601. Nil when the two
/// cannot be compared (the caller then keeps the row or row group).
package enum ValueOrder {
    /// The sign of (value - literal): -1, 0 or 1.
    package static func compare(_ v: Value, _ literal: String) -> Int? {
        func sign<T: Comparable>(_ a: T, _ b: T) -> Int { a < b ? -1 : (a > b ? 1 : 0) }
        switch v {
        case .int(let i):
            if let l = Int64(literal) { return sign(i, l) }
            return Double(literal).map { sign(Double(i), $0) }
        case .uint(let u):
            if let l = UInt64(literal) { return sign(u, l) }
            return Double(literal).map { sign(Double(u), $0) }
        // As 32-bit values: the literal read as the column's type, as DuckDB casts it, so `x = 1.1` matches the
        // FLOAT 1.1 (which widened to a Double is 1.100000023841858, never equal to the Double 1.1).
        case .float(let f): return f.isNaN ? nil : Float(literal).map { sign(f, $0) }
        case .double(let d): return d.isNaN ? nil : Double(literal).map { sign(d, $0) }
        case .decimal(let t): return Double(t).flatMap { d in Double(literal).map { sign(d, $0) } }
        case .string(let s): return bytesSign(Array(s.utf8), Array(literal.utf8))
        case .binary(let b): return bytesSign(b, Array(literal.utf8))
        case .bool(let b):
            guard let l = Bool(literal) else { return nil }
            return b == l ? 0 : (b ? 1 : -1)
        case .date(let d): return parseDate(literal).map { sign(Int64(d), $0) }
        case .timestamp(let t, let unit, _):
            return parseTimestamp(literal, unit).map { sign(t, $0) }
        default: return nil
        }
    }

    static func bytesSign(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a == b { return 0 }
        return a.lexicographicallyPrecedes(b) ? -1 : 1
    }

    /// Days since 1970-01-01 for "YYYY-MM-DD".
    static func parseDate(_ s: String) -> Int64? {
        let negative = s.hasPrefix("-")
        let parts = (negative ? s.dropFirst() : Substring(s)).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, let y = Int64(parts[0]).map({ negative ? -$0 : $0 }), let m = Int64(parts[1]),
            let d = Int64(parts[2]),
            (1...12).contains(m), (1...31).contains(d)
        else { return nil }
        return daysFromCivil(y, m, d)
    }

    /// The inverse of `TemporalText.civil` (era-based, proleptic Gregorian).
    static func daysFromCivil(_ y0: Int64, _ m: Int64, _ d: Int64) -> Int64 {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// "YYYY-MM-DD", "YYYY-MM-DDTHH:MM:SS[.fraction][Z]" (or a space for T) in `unit` since the epoch.
    static func parseTimestamp(_ s: String, _ unit: TimeUnit) -> Int64? {
        var text = Substring(s)
        if text.hasSuffix("Z") { text = text.dropLast() }
        let pieces = text.split(whereSeparator: { $0 == "T" || $0 == " " })
        guard let datePart = pieces.first, let days = parseDate(String(datePart)) else { return nil }
        var seconds: Int64 = 0, nanos: Int64 = 0
        if pieces.count == 2 {
            let hms = pieces[1].split(separator: ":")
            guard hms.count >= 2, let h = Int64(hms[0]), let mi = Int64(hms[1]) else { return nil }
            var sec: Int64 = 0
            if hms.count == 3 {
                let sf = hms[2].split(separator: ".", maxSplits: 1)
                guard let sv = Int64(sf[0]) else { return nil }
                sec = sv
                if sf.count == 2 {
                    let digits = String(sf[1].prefix(9))
                    guard let f = Int64(digits) else { return nil }
                    nanos = f * Int64(pow10(9 - digits.count))
                }
            }
            seconds = h * 3600 + mi * 60 + sec
        }
        let per = TemporalText.unitsPerSecond(unit)
        let total = (days * 86_400 + seconds).multipliedReportingOverflow(by: per)
        guard !total.overflow else { return nil }
        return total.partialValue + nanos / (1_000_000_000 / per)
    }

    private static func pow10(_ n: Int) -> Int { (0..<n).reduce(1) { r, _ in r * 10 } }
}
