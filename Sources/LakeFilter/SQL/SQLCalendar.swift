/// Civil dates and times for `DATE`/`TIMESTAMP` literals, casts, `year`/`month`/`day` and `date_trunc`
/// (proleptic Gregorian, no time zones: Athena's `date` and `timestamp`).
enum SQLCalendar {
    static let microsPerDay: Int64 = 86_400_000_000

    static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let m = month > 2 ? month - 3 : month + 9
        let doy = (153 * m + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(_ days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 { a >= 0 ? a / b : (a - b + 1) / b }

    /// `YYYY-MM-DD` as days since the epoch.
    static func parseDate(_ text: String) -> Int32? {
        let parts = text.trimmingSpaces.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, let y = Int64(parts[0]), let m = Int64(parts[1]),
            let d = Int64(parts[2]), (1...12).contains(m), d >= 1, d <= daysIn(month: m, year: y)
        else { return nil }
        return Int32(days(year: y, month: m, day: d))
    }

    /// `YYYY-MM-DD[ HH:MM[:SS[.fff…]]]` as microseconds since the epoch.
    static func parseTimestamp(_ text: String) -> Int64? {
        let t = text.trimmingSpaces
        // ISO 8601's `T` between date and time is accepted too (`2022-03-04T00:00:01`).
        let separator: Character = t.count > 10 && t[t.index(t.startIndex, offsetBy: 10)] == "T" ? "T" : " "
        let halves = t.split(separator: separator, maxSplits: 1).map(String.init)
        guard let first = halves.first, let day = parseDate(first) else { return nil }
        var micros = Int64(day) * microsPerDay
        if halves.count == 2 {
            let clock = halves[1].split(separator: ":", omittingEmptySubsequences: false)
            guard clock.count == 2 || clock.count == 3, let h = Int64(clock[0]), let mi = Int64(clock[1]),
                (0..<24).contains(h), (0..<60).contains(mi)
            else { return nil }
            var seconds: Int64 = 0
            var fraction: Int64 = 0
            if clock.count == 3 {
                let sp = clock[2].split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
                guard let s = Int64(sp[0]), (0..<60).contains(s), sp[0].count == 2 else { return nil }
                seconds = s
                if sp.count == 2 {
                    let digits = String(sp[1].prefix(6))
                    guard !sp[1].isEmpty, sp[1].allSatisfy(\.isNumber), let f = Int64(digits) else { return nil }
                    fraction = f * Int64(SQLDecimal.power(6 - digits.count))
                }
            }
            micros += ((h * 60 + mi) * 60 + seconds) * 1_000_000 + fraction
        }
        return micros
    }

    static func daysIn(month: Int64, year: Int64) -> Int64 {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func dateText(_ days: Int32) -> String {
        let c = civil(Int64(days))
        return pad(c.year, 4) + "-" + pad(c.month, 2) + "-" + pad(c.day, 2)
    }

    /// Athena's spelling of a timestamp: `YYYY-MM-DD HH:MM:SS.mmm`.
    static func timestampText(_ micros: Int64) -> String {
        let day = floorDiv(micros, microsPerDay)
        let rest = micros - day * microsPerDay
        let ms = (rest / 1000) % 1000
        let s = rest / 1_000_000
        return dateText(Int32(day)) + " " + pad(s / 3600, 2) + ":" + pad((s / 60) % 60, 2) + ":" + pad(s % 60, 2)
            + "." + pad(ms, 3)
    }

    static func pad(_ v: Int64, _ width: Int) -> String {
        let s = String(v.magnitude)
        return (v < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - s.count)) + s
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
