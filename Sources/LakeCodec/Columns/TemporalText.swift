/// Calendar arithmetic and ISO-8601 text for dates, times and timestamps (proleptic Gregorian, as
/// LogicalTypes.md specifies for DATE and TIMESTAMP). Pure integer arithmetic, valid for any Int64 input.
package enum TemporalText {
    package struct DateTime: Sendable, Equatable {
        package var year: Int64, month: Int, day: Int
        package var hour: Int, minute: Int, second: Int
        /// Nanoseconds within the second.
        package var nanos: Int
    }

    /// Year, month, day of a day count since 1970-01-01 (the "days from civil" inverse, done with floor
    /// division over 400-year eras of 146097 days).
    package static func civil(days: Int64) -> (year: Int64, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = Int(doy - (153 * mp + 2) / 5 + 1)
        let m = Int(mp < 10 ? mp + 3 : mp - 9)
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    package static func unitsPerSecond(_ unit: TimeUnit) -> Int64 {
        switch unit {
        case .millis: 1_000
        case .micros: 1_000_000
        case .nanos: 1_000_000_000
        }
    }

    /// Splits a count of `unit` since the epoch into calendar fields (floor division, so instants before
    /// 1970 land on the right day).
    package static func dateTime(_ value: Int64, _ unit: TimeUnit) -> DateTime {
        let per = unitsPerSecond(unit)
        var secs = value / per
        var frac = value % per
        if frac < 0 {
            frac += per
            secs -= 1
        }
        var days = secs / 86_400
        var sod = secs % 86_400
        if sod < 0 {
            sod += 86_400
            days -= 1
        }
        let (y, m, d) = civil(days: days)
        let nanos = Int(frac * (1_000_000_000 / per))
        return DateTime(
            year: y, month: m, day: d, hour: Int(sod / 3600), minute: Int(sod % 3600 / 60), second: Int(sod % 60),
            nanos: nanos)
    }

    static func pad(_ v: Int64, _ width: Int) -> String {
        let s = String(v.magnitude)
        let body = s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
        return v < 0 ? "-" + body : body
    }

    /// "2024-01-31".
    package static func date(days: Int64) -> String {
        let (y, m, d) = civil(days: days)
        return "\(pad(y, 4))-\(pad(Int64(m), 2))-\(pad(Int64(d), 2))"
    }

    /// Fractional seconds in the fewest of 3, 6 or 9 digits that is exact (never more than the unit
    /// holds), or "" when zero.
    static func fraction(_ nanos: Int, _ unit: TimeUnit) -> String {
        guard nanos != 0 else { return "" }
        if nanos % 1_000_000 == 0 { return "." + pad(Int64(nanos / 1_000_000), 3) }
        if nanos % 1000 == 0 { return "." + pad(Int64(nanos / 1000), 6) }
        return "." + pad(Int64(nanos), 9)
    }

    /// "13:45:07.250" for a time of day.
    package static func time(_ value: Int64, _ unit: TimeUnit) -> String {
        let t = dateTime(value, unit)
        return "\(pad(Int64(t.hour), 2)):\(pad(Int64(t.minute), 2)):\(pad(Int64(t.second), 2))"
            + fraction(t.nanos, unit)
    }

    /// ISO-8601 "2024-01-31T13:45:07.250Z" (the Z only for UTC-adjusted instants).
    package static func timestamp(_ value: Int64, _ unit: TimeUnit, utc: Bool) -> String {
        let t = dateTime(value, unit)
        return "\(pad(t.year, 4))-\(pad(Int64(t.month), 2))-\(pad(Int64(t.day), 2))T"
            + "\(pad(Int64(t.hour), 2)):\(pad(Int64(t.minute), 2)):\(pad(Int64(t.second), 2))"
            + fraction(t.nanos, unit) + (utc ? "Z" : "")
    }
}
