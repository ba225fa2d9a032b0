#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Converts the text of one CSV field to the value of its inferred type, for CSV → Parquet. Accepts what
/// `CSVValueParser` classifies under the `.full` rules (surrounding spaces and tabs ignored). Returns nil
/// when the text is not a value of the type; the caller turns that into an error naming line and column.
/// Pure byte work with checked arithmetic: no `String` except the rare double that needs full
/// correctly-rounded parsing.
enum CSVFieldDecoder {
    @inline(__always)
    static func trimmed(_ raw: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var lo = 0, hi = raw.count
        while lo < hi && (raw[lo] == 0x20 || raw[lo] == 0x09) { lo += 1 }
        while hi > lo && (raw[hi - 1] == 0x20 || raw[hi - 1] == 0x09) { hi -= 1 }
        return UnsafeBufferPointer(rebasing: raw[lo..<hi])
    }

    @inline(__always)
    static func int64(_ v: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard !v.isEmpty else { return nil }
        var i = 0
        let negative = v[0] == 0x2D
        if negative || v[0] == 0x2B { i = 1 }
        guard i < v.count else { return nil }
        var acc: Int64 = 0
        while i < v.count {
            let d = v[i] &- 0x30
            guard d < 10 else { return nil }
            let (m, o1) = acc.multipliedReportingOverflow(by: 10)
            let (s, o2) = negative ? m.subtractingReportingOverflow(Int64(d)) : m.addingReportingOverflow(Int64(d))
            guard !o1, !o2 else { return nil }
            acc = s
            i += 1
        }
        return acc
    }

    private static let powers: [Double] = (0...22).map { e in (0..<e).reduce(1.0) { r, _ in r * 10 } }

    /// `parsedDouble(v)`, with the digits of a plain decimal (an optional sign, digits, an optional point
    /// and digits, at most 19 digits in all) read eight at a time: a random double's 17 digits were
    /// 17 trips round a loop with two branches each. Anything else (more digits, leading zeros
    /// included; an exponent; not a number) goes to `parsedDouble`, so both give the same result.
    @inline(__always)
    static func double(_ v: UnsafeBufferPointer<UInt8>) -> Double? {
        guard let p = v.baseAddress, !v.isEmpty else { return nil }
        let n = v.count
        var i = 0
        let negative = p[0] == 0x2D
        if negative || p[0] == 0x2B { i = 1 }
        var mantissa: UInt64 = 0
        var digits = 0
        scanDigits(p, n, &i, &mantissa, &digits)
        var scale = 0
        if i < n && p[i] == 0x2E {
            i += 1
            let whole = digits
            scanDigits(p, n, &i, &mantissa, &digits)
            scale = digits - whole
        }
        // Up to 19 digits, `mantissa` is exact and equals the one `parsedDouble` builds: the same cases follow.
        guard i == n, digits > 0, digits <= 19 else { return parsedDouble(v) }
        if mantissa <= 1 << 53, scale <= 22 {
            let m = Double(mantissa)
            let r = scale == 0 ? m : m / powers[scale]
            return negative ? -r : r
        }
        if scale == 0 { return negative ? -Double(mantissa) : Double(mantissa) }
        #if arch(x86_64) && !os(Windows)
            if let r = extendedQuotient(mantissa, scale) { return negative ? -r : r }
        #endif
        return strtodExact(v)
    }

    /// Adds the digits from `i` on to `mantissa` (wrapping: only 19 digits or fewer are used), eight at a
    /// time while eight are digits, and counts them in `digits`.
    @inline(__always)
    private static func scanDigits(
        _ p: UnsafePointer<UInt8>, _ n: Int, _ i: inout Int, _ mantissa: inout UInt64, _ digits: inout Int
    ) {
        while n - i >= 8 {
            let w = UInt64(littleEndian: UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self))
            // Each byte 0x30…0x39: its high nibble is 3, and adding 6 does not carry into it.
            let high: UInt64 = 0xF0F0_F0F0_F0F0_F0F0
            guard (w & high) | (((w &+ 0x0606_0606_0606_0606) & high) >> 4) == 0x3333_3333_3333_3333 else { break }
            mantissa = mantissa &* 100_000_000 &+ eightDigits(w)
            i += 8
            digits += 8
        }
        while i < n, p[i] &- 0x30 < 10 {
            mantissa = mantissa &* 10 &+ UInt64(p[i] &- 0x30)
            i += 1
            digits += 1
        }
    }

    /// The number eight ASCII digits spell, the first digit in the lowest byte: pairs, then fours, then
    /// the eight combined by multiplies that keep the partial sums apart in one word.
    @inline(__always)
    static func eightDigits(_ w: UInt64) -> UInt64 {
        var v = w &- 0x3030_3030_3030_3030
        v = v &* 10 &+ (v >> 8)  // each even byte: two digits (0…99)
        let pairs: UInt64 = 0x0000_00FF_0000_00FF
        let low = (v & pairs) &* (100 &+ (1_000_000 << 32))
        let high = ((v >> 16) & pairs) &* (1 &+ (10_000 << 32))
        return (low &+ high) >> 32
    }

    /// Clinger's fast path (mantissa at most 2^53, power of ten at most 22: one exact multiply or divide,
    /// so correctly rounded); anything else goes through the standard library's parser.
    static func parsedDouble(_ v: UnsafeBufferPointer<UInt8>) -> Double? {
        guard !v.isEmpty else { return nil }
        var i = 0
        let negative = v[0] == 0x2D
        if negative || v[0] == 0x2B { i = 1 }
        var mantissa: UInt64 = 0
        var digits = 0, scale = 0
        var sawDigit = false
        while i < v.count, v[i] &- 0x30 < 10 {
            sawDigit = true
            if mantissa != 0 || v[i] != 0x30 { digits += 1 }
            if digits <= 19 { mantissa = mantissa &* 10 &+ UInt64(v[i] &- 0x30) }
            i += 1
        }
        if i < v.count, v[i] == 0x2E {
            i += 1
            while i < v.count, v[i] &- 0x30 < 10 {
                sawDigit = true
                if mantissa != 0 || v[i] != 0x30 { digits += 1 }
                if digits <= 19 { mantissa = mantissa &* 10 &+ UInt64(v[i] &- 0x30) }
                scale += 1
                i += 1
            }
        }
        guard sawDigit else { return nil }
        // Up to 19 digits the mantissa is exact in UInt64; up to 2^53 it is exact as a Double too (a
        // random double printed shortest has 16-17 digits: about half of those 16-digit ones fit).
        if i == v.count, digits <= 19, mantissa <= 1 << 53, scale <= 22 {
            let m = Double(mantissa)
            let r = scale == 0 ? m : m / powers[scale]
            return negative ? -r : r
        }
        // An integer of up to 19 digits: the conversion from UInt64 rounds correctly by itself.
        if i == v.count, digits <= 19, scale == 0 { return negative ? -Double(mantissa) : Double(mantissa) }
        #if arch(x86_64) && !os(Windows)
            if i == v.count, digits <= 19, scale <= 27, let r = extendedQuotient(mantissa, scale) {
                return negative ? -r : r
            }
        #endif
        return strtodExact(v)
    }

    #if arch(x86_64) && !os(Windows)
        /// 10^0 … 10^27, each exact in Float80 (5^27 < 2^64).
        private static let powers80: [Float80] = (0...27).map { e in (0..<e).reduce(Float80(1)) { r, _ in r * 10 } }

        /// `mantissa / 10^scale` correctly rounded to a Double, or nil when that takes a full parser.
        /// The mantissa (under 10^19) and the power are exact in Float80, so the quotient is one correctly
        /// rounded operation to 64 significant bits. Rounding that on to 53 bits can only go wrong when
        /// the quotient landed exactly halfway between two doubles (every such midpoint is representable
        /// in 64 bits, so an exact value on one side cannot round past it): that case, low 11 bits
        /// `100_0000_0000`, goes to `strtod`. Covers the 17-digit shortest forms of random doubles that
        /// Clinger's 2^53 bound leaves out.
        @inline(__always)
        static func extendedQuotient(_ mantissa: UInt64, _ scale: Int) -> Double? {
            let q = Float80(mantissa) / powers80[scale]
            guard q.significandBitPattern & 0x7FF != 0x400 else { return nil }
            return Double(q)
        }
    #endif

    /// The C library's correctly rounded `strtod` on a NUL-terminated stack copy (no `String`), accepting
    /// only a parse that consumes every byte.
    static func strtodExact(_ v: UnsafeBufferPointer<UInt8>) -> Double? {
        // `strtod` also reads C's hexadecimal floats (`0x1p3`), which no CSV reader takes as a number.
        guard !v.contains(where: { $0 | 0x20 == 0x78 }) else { return nil }
        guard v.count < 512 else { return Double(String(decoding: v, as: UTF8.self)) }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: v.count + 1) { buf -> Double? in
            guard let base = buf.baseAddress else { return nil }
            for i in 0..<v.count { base[i] = CChar(bitPattern: v[i]) }
            base[v.count] = 0
            var end: UnsafeMutablePointer<CChar>?
            let d = strtod(base, &end)
            guard let end, end - base == v.count else { return nil }
            return d
        }
    }

    static func boolean(_ v: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let first = v.first else { return nil }
        var word: UInt64 = 0
        guard v.count <= 5 else { return nil }
        for b in v { word = word << 8 | UInt64(b | 0x20) }
        switch word {
        case 0x74_72_75_65, 0x74, 0x79_65_73: return true  // true, t, yes
        case 0x66_61_6C_73_65, 0x66, 0x6E_6F: return false  // false, f, no
        default: _ = first; return nil
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
    static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    private static func number(_ v: UnsafeBufferPointer<UInt8>, _ i: inout Int, max: Int) -> (Int64, Int) {
        var value: Int64 = 0, count = 0
        while i < v.count, count < max, v[i] &- 0x30 < 10 {
            value = value * 10 + Int64(v[i] &- 0x30)
            count += 1
            i += 1
        }
        return (value, count)
    }

    /// A date at the start of `v` (`Y-M-D`, or `M/D/Y` / `D/M/Y` with a four-digit year last; separators
    /// `-`, `/`, `.`): the day count and where it ends.
    static func date(_ v: UnsafeBufferPointer<UInt8>, dayFirst: Bool = false) -> (Int64, Int)? {
        var i = 0
        let (a, ac) = number(v, &i, max: 4)
        guard ac > 0, i < v.count else { return nil }
        let sep = v[i]
        guard sep == 0x2D || sep == 0x2F || sep == 0x2E else { return nil }
        i += 1
        let (b, bc) = number(v, &i, max: 2)
        guard bc > 0, i < v.count, v[i] == sep else { return nil }
        i += 1
        let (c, cc) = number(v, &i, max: 4)
        guard cc > 0 else { return nil }
        var (y, m, d) = ac == 4 ? (a, b, c) : (c, a, b)
        if ac != 4 && (dayFirst || m > 12) { (m, d) = (d, m) }
        guard m >= 1, m <= 12, d >= 1, d <= 31 else { return nil }
        return (days(year: y, month: m, day: d), i)
    }

    /// `HH:MM:SS[.fraction]` from `i`: microseconds of the day and where it ends.
    static func time(_ v: UnsafeBufferPointer<UInt8>, from start: Int) -> (Int64, Int)? {
        var i = start
        let (h, hc) = number(v, &i, max: 2)
        guard hc > 0, i < v.count, v[i] == 0x3A else { return nil }
        i += 1
        let (m, mc) = number(v, &i, max: 2)
        guard mc == 2, i < v.count, v[i] == 0x3A else { return nil }
        i += 1
        let (s, sc) = number(v, &i, max: 2)
        guard sc == 2, h < 24, m < 60, s < 60 else { return nil }
        var micros: Int64 = 0
        if i < v.count, v[i] == 0x2E {
            i += 1
            var scale: Int64 = 100_000
            while i < v.count, v[i] &- 0x30 < 10 {
                micros += Int64(v[i] &- 0x30) * scale
                scale /= 10
                i += 1
            }
        }
        return (((h * 60 + m) * 60 + s) * 1_000_000 + micros, i)
    }

    static func timeOfDay(_ v: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard let (t, end) = time(v, from: 0), end == v.count else { return nil }
        return t
    }

    static func date32(_ v: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard let (d, end) = date(v), end == v.count else { return nil }
        return Int32(exactly: d)
    }

    /// Date, `T` or space, time, then optionally `Z` or `±HH[:MM]` (converted to UTC): microseconds.
    static func timestamp(_ v: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard let (d, dateEnd) = date(v) else { return nil }
        var total = d.multipliedReportingOverflow(by: 86_400_000_000)
        guard !total.overflow else { return nil }
        if dateEnd == v.count { return total.partialValue }
        guard v[dateEnd] == 0x20 || v[dateEnd] == 0x54, let (t, end) = time(v, from: dateEnd + 1) else { return nil }
        total.partialValue += t
        var i = end
        if i < v.count, v[i] == 0x20 { i += 1 }
        if i == v.count { return total.partialValue }
        if v[i] == 0x5A, i + 1 == v.count { return total.partialValue }
        guard v[i] == 0x2B || v[i] == 0x2D else { return nil }
        let sign: Int64 = v[i] == 0x2D ? -1 : 1
        i += 1
        let (oh, hc) = number(v, &i, max: 2)
        guard hc == 2 else { return nil }
        if i < v.count, v[i] == 0x3A { i += 1 }
        let (om, _) = number(v, &i, max: 2)
        guard i == v.count else { return nil }
        return total.partialValue - sign * (oh * 60 + om) * 60_000_000
    }
}
