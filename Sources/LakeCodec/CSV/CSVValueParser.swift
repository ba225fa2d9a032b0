/// Classifies one CSV value: which of the inferable types its text parses as. Pure byte work, no `String`,
/// no allocation, no arithmetic that can overflow (digits are counted, not accumulated, except for the
/// 19-digit bigint range check, which compares digit strings).
enum CSVValueParser {
    static let boolean: UInt16 = 1
    static let bigint: UInt16 = 2
    static let double: UInt16 = 4
    static let decimal: UInt16 = 8
    static let time: UInt16 = 16
    static let date: UInt16 = 32
    static let timestamp: UInt16 = 64
    static let all: UInt16 = 127
    /// Date layouts: bits 0–2 year-month-day, 3–5 month-day-year, 6–8 day-month-year, each with the
    /// separator `-`, `/` or `.`. A column keeps only layouts all its values allow (DuckDB picks one
    /// format per column, so `2024-03-08` and `03/10/2024` together are text).
    static let allLayouts: UInt16 = 0x1FF

    struct Parsed {
        var types: UInt16 = 0
        var layouts: UInt16 = 0
        var integerDigits = 0
        var scale = 0
    }

    /// `wanted` limits the work to types still possible for the column (the rest report as not matching).
    static func parse(_ raw: UnsafeBufferPointer<UInt8>, rules: CSVTypeGuess.Rules, wanted: UInt16 = all) -> Parsed {
        var result = Parsed()
        var lo = 0
        var hi = raw.count
        if rules == .full {
            while lo < hi && (raw[lo] == 0x20 || raw[lo] == 0x09) { lo += 1 }
            while hi > lo && (raw[hi - 1] == 0x20 || raw[hi - 1] == 0x09) { hi -= 1 }
        }
        guard lo < hi else { return result }
        let v = UnsafeBufferPointer(rebasing: raw[lo..<hi])
        if wanted & boolean != 0 && isBoolean(v, rules: rules) { result.types |= boolean }
        if wanted & (bigint | double | decimal) != 0 { number(v, rules: rules, into: &result) }
        if rules == .full {
            if wanted & time != 0 && isTime(v, from: 0) == v.count { result.types |= time }
            if wanted & (date | timestamp) != 0, let (layouts, end) = dateLayouts(v) {
                if end == v.count {
                    result.types |= date | timestamp
                    result.layouts = layouts
                } else if end < v.count && (v[end] == 0x20 || v[end] == 0x54), timestampTail(v, from: end + 1) {
                    result.types |= timestamp
                    result.layouts = layouts
                }
            }
        }
        return result
    }

    private static func lower(_ b: UInt8) -> UInt8 { b | 0x20 }

    private static func equalsIgnoringCase(_ v: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        guard v.count == word.utf8CodeUnitCount else { return false }
        let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for k in 0..<v.count where lower(v[k]) != w[k] { return false }
        return true
    }

    private static func isBoolean(_ v: UnsafeBufferPointer<UInt8>, rules: CSVTypeGuess.Rules) -> Bool {
        if equalsIgnoringCase(v, "true") || equalsIgnoringCase(v, "false") { return true }
        guard rules == .full else { return false }
        return equalsIgnoringCase(v, "t") || equalsIgnoringCase(v, "f") || equalsIgnoringCase(v, "yes")
            || equalsIgnoringCase(v, "no")
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// Sets bigint/double/decimal bits for `[+-]digits[.digits][e[+-]digits]`.
    private static func number(_ v: UnsafeBufferPointer<UInt8>, rules: CSVTypeGuess.Rules, into result: inout Parsed) {
        var i = 0
        let negative = v[0] == 0x2D
        if v[0] == 0x2B || negative { i = 1 }
        let intStart = i
        while i < v.count && isDigit(v[i]) { i += 1 }
        let intDigits = i - intStart
        var fracDigits = 0
        var hasDot = false
        if i < v.count && v[i] == 0x2E {
            hasDot = true
            i += 1
            let fracStart = i
            while i < v.count && isDigit(v[i]) { i += 1 }
            fracDigits = i - fracStart
        }
        guard intDigits + fracDigits > 0 else { return }
        var hasExponent = false
        if i < v.count && (v[i] == 0x65 || v[i] == 0x45) {
            hasExponent = true
            i += 1
            if i < v.count && (v[i] == 0x2B || v[i] == 0x2D) { i += 1 }
            let expStart = i
            while i < v.count && isDigit(v[i]) { i += 1 }
            guard i > expStart else { return }
        }
        guard i == v.count else { return }
        // DuckDB keeps `00123` as text: a leading zero would be lost by a number type.
        if rules == .full && intDigits > 1 && v[intStart] == 0x30 { return }
        result.types |= double
        if !hasExponent {
            var significant = intDigits
            var k = intStart
            while significant > 0 && v[k] == 0x30 {
                significant -= 1
                k += 1
            }
            result.types |= decimal
            result.integerDigits = significant
            result.scale = fracDigits
        }
        if !hasDot && !hasExponent && (rules == .glue || fitsInt64(v, digitsFrom: intStart, negative: negative)) {
            result.types |= bigint
        }
    }

    private static func fitsInt64(_ v: UnsafeBufferPointer<UInt8>, digitsFrom start: Int, negative: Bool) -> Bool {
        var k = start
        while k < v.count - 1 && v[k] == 0x30 { k += 1 }
        let digits = v.count - k
        if digits < 19 { return true }
        if digits > 19 { return false }
        let limit: StaticString = "9223372036854775807"
        let l = UnsafeBufferPointer(start: limit.utf8Start, count: 19)
        for j in 0..<19 {
            let d = v[k + j]
            let m = l[j] + (negative && j == 18 ? 1 : 0)
            if d != m { return d < m }
        }
        return true
    }

    /// Reads up to `maxDigits` digits at `i`; returns the value and the digit count.
    private static func digits(_ v: UnsafeBufferPointer<UInt8>, _ i: Int, max maxDigits: Int) -> (Int, Int) {
        var value = 0
        var count = 0
        while i + count < v.count && count < maxDigits && isDigit(v[i + count]) {
            value = value * 10 + Int(v[i + count] - 0x30)
            count += 1
        }
        return (value, count)
    }

    /// `HH:MM:SS[.fraction]` starting at `start`; returns the end offset, or -1.
    static func isTime(_ v: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let (h, hc) = digits(v, start, max: 2)
        guard hc > 0, h < 24, start + hc < v.count, v[start + hc] == 0x3A else { return -1 }
        let (m, mc) = digits(v, start + hc + 1, max: 2)
        var i = start + hc + 1 + mc
        guard mc == 2, m < 60, i < v.count, v[i] == 0x3A else { return -1 }
        let (s, sc) = digits(v, i + 1, max: 2)
        guard sc == 2, s < 60 else { return -1 }
        i += 1 + sc
        if i < v.count && v[i] == 0x2E {
            i += 1
            let fracStart = i
            while i < v.count && isDigit(v[i]) { i += 1 }
            guard i > fracStart else { return -1 }
        }
        return i
    }

    /// After the date and its `T`/space: a time, then optionally `Z` or an offset `±HH[:MM]`.
    private static func timestampTail(_ v: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var i = isTime(v, from: start)
        guard i >= 0 else { return false }
        if i < v.count && v[i] == 0x20 { i += 1 }
        if i == v.count { return true }
        if v[i] == 0x5A && i + 1 == v.count { return true }
        guard v[i] == 0x2B || v[i] == 0x2D else { return false }
        let (_, hc) = digits(v, i + 1, max: 2)
        guard hc == 2 else { return false }
        i += 3
        if i < v.count && v[i] == 0x3A { i += 1 }
        let (_, mc) = digits(v, i, max: 2)
        return i + mc == v.count && (mc == 0 || mc == 2)
    }

    /// A calendar date at the start of `v` in one of the layouts; returns the layouts it allows and where
    /// it ends.
    private static func dateLayouts(_ v: UnsafeBufferPointer<UInt8>) -> (UInt16, Int)? {
        let (a, ac) = digits(v, 0, max: 4)
        guard ac > 0, ac < v.count else { return nil }
        let sep = v[ac]
        let sepIndex: Int
        switch sep {
        case 0x2D: sepIndex = 0
        case 0x2F: sepIndex = 1
        case 0x2E: sepIndex = 2
        default: return nil
        }
        let (b, bc) = digits(v, ac + 1, max: 2)
        let secondEnd = ac + 1 + bc
        guard bc > 0, secondEnd < v.count, v[secondEnd] == sep else { return nil }
        let (c, cc) = digits(v, secondEnd + 1, max: 4)
        let end = secondEnd + 1 + cc
        guard cc > 0 else { return nil }
        if end < v.count && isDigit(v[end]) { return nil }
        var layouts: UInt16 = 0
        if ac == 4 && cc <= 2 && valid(year: a, month: b, day: c) { layouts |= 1 << UInt16(sepIndex) }
        if ac <= 2 && cc == 4 {
            if valid(year: c, month: a, day: b) { layouts |= 1 << UInt16(3 + sepIndex) }
            if valid(year: c, month: b, day: a) { layouts |= 1 << UInt16(6 + sepIndex) }
        }
        return layouts == 0 ? nil : (layouts, end)
    }

    private static func valid(year: Int, month: Int, day: Int) -> Bool {
        guard month >= 1 && month <= 12 && day >= 1 else { return false }
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return day <= (leap ? 29 : 28)
        case 4, 6, 9, 11: return day <= 30
        default: return day <= 31
        }
    }
}
