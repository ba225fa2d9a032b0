import LakeCodec

/// One value in local SQL. Decimals are exact (an unscaled 128-bit integer and a scale), timestamps are
/// microseconds since the epoch (no zone, as Athena's `timestamp`), dates days since 1970-01-01.
///
/// `==` and `hash` are grouping identity (GROUP BY, COUNT(DISTINCT), join keys): NULL equals NULL, NaN
/// equals NaN and -0.0 equals 0.0. SQL's three-valued comparison is `SQLCompare`, not this.
package enum SQLValue: Sendable, Hashable {
    case null
    case boolean(Bool)
    case integer(Int64)
    case double(Double)
    case decimal(Int128, scale: Int)
    case string(String)
    case date(Int32)
    case timestamp(Int64)
    /// A nested or binary value carried through unchanged.
    case other(Value)

    package var isNull: Bool { if case .null = self { true } else { false } }

    package static func == (a: SQLValue, b: SQLValue) -> Bool {
        switch (a, b) {
        case (.null, .null): true
        case (.boolean(let x), .boolean(let y)): x == y
        case (.integer(let x), .integer(let y)): x == y
        case (.double(let x), .double(let y)): x == y || (x.isNaN && y.isNaN)
        case (.decimal(let x, let s), .decimal(let y, let t)): s == t ? x == y : SQLDecimal.compare(x, s, y, t) == 0
        case (.string(let x), .string(let y)): UTF8Order.equal(x, y)
        case (.date(let x), .date(let y)): x == y
        case (.timestamp(let x), .timestamp(let y)): x == y
        case (.other(let x), .other(let y)): x == y
        default: false
        }
    }

    package func hash(into h: inout Hasher) {
        switch self {
        case .null: h.combine(0)
        case .boolean(let b): h.combine(b)
        case .integer(let i): h.combine(i)
        case .double(let d): h.combine(d.isNaN ? Double.nan.bitPattern : (d == 0 ? 0 : d.bitPattern))
        case .decimal(let x, let s):
            // Equal values at different scales hash alike: hash the value without trailing zeros.
            var v = x
            var scale = s
            while scale > 0, v % 10 == 0 {
                v /= 10
                scale -= 1
            }
            h.combine(v)
            h.combine(scale)
        case .string(let s): h.combine(s)
        case .date(let d): h.combine(d)
        case .timestamp(let t): h.combine(t)
        case .other: h.combine(9)
        }
    }

    /// The value from a decoded file cell, held as `type` says (decimal text at the column's scale).
    init(_ v: Value, as type: SQLType) throws {
        switch (v, type) {
        case (.null, _): self = .null
        case (.bool(let b), _): self = .boolean(b)
        case (.int(let i), .decimal(_, let s)): self = .decimal(Int128(i) * SQLDecimal.power(s), scale: s)
        case (.int(let i), .double): self = .double(Double(i))
        case (.int(let i), _): self = .integer(i)
        case (.uint(let u), _):
            guard u <= UInt64(Int64.max) else { throw SQLError.runtime("the value \(u) is out of bigint's range") }
            self = .integer(Int64(u))
        case (.float(let f), _): self = .double(Double(f))
        case (.double(let d), _): self = .double(d)
        case (.string(let s), _): self = .string(s)
        case (.invalidUTF8(let b), _): self = .string(String(decoding: b, as: UTF8.self))
        case (.decimal(let text), .decimal(_, let s)):
            guard let x = SQLDecimal.parse(text, scale: s) else {
                throw SQLError.runtime("'\(text)' is not a decimal of scale \(s)")
            }
            self = .decimal(x, scale: s)
        case (.decimal(let text), _):
            guard let x = SQLDecimal.parse(text, scale: SQLDecimal.scale(of: text)) else {
                throw SQLError.runtime("'\(text)' is not a decimal")
            }
            self = .decimal(x, scale: SQLDecimal.scale(of: text))
        case (.date(let d), _): self = .date(d)
        case (.timestamp(let t, let unit, _), _):
            switch unit {
            case .millis: self = .timestamp(t * 1000)
            case .micros: self = .timestamp(t)
            case .nanos: self = .timestamp(t >= 0 ? t / 1000 : (t - 999) / 1000)
            }
        default: self = .other(v)
        }
    }

    /// The value as the codec's row value, for the renderers `cat` and `preview` already use.
    package var codecValue: Value {
        switch self {
        case .null: .null
        case .boolean(let b): .bool(b)
        case .integer(let i): .int(i)
        case .double(let d): .double(d)
        case .decimal(let x, let s): .decimal(SQLDecimal.text(x, scale: s))
        case .string(let s): .string(s)
        case .date(let d): .date(d)
        case .timestamp(let t): .timestamp(t, .micros, utc: false)
        case .other(let v): v
        }
    }
}
