/// Exact decimal arithmetic on unscaled 128-bit integers, as Athena computes `decimal(p,s)`: results
/// rounded half away from zero where a scale shrinks, and anything beyond 38 digits an error.
enum SQLDecimal {
    static let maxDigits = 38
    static let limit: Int128 = {
        var x: Int128 = 1
        for _ in 0..<38 { x *= 10 }
        return x
    }()

    static func power(_ n: Int) -> Int128 {
        var x: Int128 = 1
        for _ in 0..<max(0, n) { x *= 10 }
        return x
    }

    /// Digits after the point in plain decimal text.
    static func scale(of text: String) -> Int {
        guard let dot = text.firstIndex(of: ".") else { return 0 }
        return text.distance(from: dot, to: text.endIndex) - 1
    }

    /// `text` as an unscaled integer at `scale` (rounded half away from zero when it has more digits).
    static func parse(_ text: String, scale: Int) -> Int128? {
        var bytes = Substring(text).utf8[...]
        var negative = false
        if let f = bytes.first, f == UInt8(ascii: "-") || f == UInt8(ascii: "+") {
            negative = f == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        var value: Int128 = 0
        var fraction = -1
        var roundUp = false
        var any = false
        for b in bytes {
            if b == UInt8(ascii: ".") {
                guard fraction < 0 else { return nil }
                fraction = 0
                continue
            }
            guard b >= 48, b <= 57 else { return nil }
            any = true
            if fraction >= 0 {
                if fraction == scale {
                    roundUp = b >= 53
                    fraction += 1
                    continue
                }
                if fraction > scale { continue }
                fraction += 1
            }
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(Int128(b - 48))
            guard !o1, !o2 else { return nil }
            value = a
        }
        guard any else { return nil }
        let have = max(0, min(fraction, scale))
        value *= power(scale - have)
        if roundUp { value += 1 }
        return negative ? -value : value
    }

    static func text(_ x: Int128, scale: Int) -> String {
        let negative = x < 0
        var digits = String(x.magnitude)
        if scale > 0 {
            if digits.count <= scale { digits = String(repeating: "0", count: scale - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -scale))
        }
        return negative ? "-" + digits : digits
    }

    /// `x` (at scale `from`) at scale `to`, rounding half away from zero when digits are dropped.
    static func rescale(_ x: Int128, from: Int, to: Int) throws -> Int128 {
        if to >= from {
            let (r, o) = x.multipliedReportingOverflow(by: power(to - from))
            if o || r.magnitude >= limit.magnitude { throw overflow() }
            return r
        }
        return divideRounding(x, power(from - to))
    }

    static func divideRounding(_ a: Int128, _ b: Int128) -> Int128 {
        let q = a / b
        let r = a % b
        if (r.magnitude * 2) >= b.magnitude { return q + ((a < 0) != (b < 0) ? -1 : 1) }
        return q
    }

    static func checked(_ x: Int128) throws -> Int128 {
        if x.magnitude >= limit.magnitude { throw overflow() }
        return x
    }

    /// `a + b` within 38 digits; an error, never a trap, when the sum leaves them (or Int128).
    static func sum(_ a: Int128, _ b: Int128) throws -> Int128 {
        let (s, o) = a.addingReportingOverflow(b)
        if o { throw overflow() }
        return try checked(s)
    }

    static func overflow() -> SQLError { SQLError.runtime("decimal overflow: the result has more than 38 digits") }

    static func compare(_ a: Int128, _ s: Int, _ b: Int128, _ t: Int) -> Int {
        let scale = max(s, t)
        let (x, o1) = a.multipliedReportingOverflow(by: power(scale - s))
        let (y, o2) = b.multipliedReportingOverflow(by: power(scale - t))
        if o1 || o2 {
            let dx = Double(a) / Double(power(s))
            let dy = Double(b) / Double(power(t))
            return dx < dy ? -1 : (dx > dy ? 1 : 0)
        }
        return x < y ? -1 : (x > y ? 1 : 0)
    }

    static func double(_ x: Int128, scale: Int) -> Double { Double(text(x, scale: scale)) ?? .nan }
}
