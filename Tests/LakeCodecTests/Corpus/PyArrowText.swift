import Foundation

@testable import LakeCodec

/// Renders LakeCodec values the way the corpus reference files show pyarrow's `to_pylist()` output
/// (MANIFEST.md "Reference outputs"): bytes as Python `b'…'` literals, decimals as `str(Decimal)`,
/// temporal values as `str(datetime)`, or Arrow's cast-to-string text when Python cannot hold them.
enum PyArrowText {
    static func bytes<C: Collection>(_ b: C) -> String where C.Element == UInt8 {
        let hasSingle = b.contains(0x27), hasDouble = b.contains(0x22)
        let quote: UInt8 = hasSingle && !hasDouble ? 0x22 : 0x27
        var s = "b" + String(UnicodeScalar(quote))
        for c in b {
            switch c {
            case 0x5C: s += "\\\\"
            case 0x09: s += "\\t"
            case 0x0A: s += "\\n"
            case 0x0D: s += "\\r"
            case quote: s += "\\" + String(UnicodeScalar(c))
            case 0x20..<0x7F: s += String(UnicodeScalar(c))
            default: s += "\\x" + (c < 16 ? "0" : "") + String(c, radix: 16)
            }
        }
        return s + String(UnicodeScalar(quote))
    }

    /// Python's `str(Decimal(text))` for plain-notation text: scientific notation when the exponent is
    /// positive or the adjusted exponent is below -6.
    static func decimal(_ text: String) -> String {
        var t = text
        let negative = t.hasPrefix("-")
        if negative { t.removeFirst() }
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        let intPart = String(parts[0])
        let frac = parts.count > 1 ? String(parts[1]) : ""
        let exponent = -frac.count
        var digits = String((intPart + frac).drop { $0 == "0" })
        if digits.isEmpty { digits = "0" }
        let adjusted = exponent + digits.count - 1
        if exponent <= 0 && adjusted >= -6 { return text }
        let mantissa = digits.count > 1 ? String(digits.prefix(1)) + "." + digits.dropFirst() : digits
        let e = adjusted >= 0 ? "E+\(adjusted)" : "E\(adjusted)"
        return (negative ? "-" : "") + mantissa + e
    }

    static func pad(_ v: Int, _ w: Int) -> String {
        let s = String(v)
        return String(repeating: "0", count: max(0, w - s.count)) + s
    }

    static func timestamp(_ v: Int64, _ unit: TimeUnit, utc: Bool) -> String {
        let t = TemporalText.dateTime(v, unit)
        let base =
            "\(pad(Int(t.year), 4))-\(pad(t.month, 2))-\(pad(t.day, 2)) \(pad(t.hour, 2)):\(pad(t.minute, 2)):\(pad(t.second, 2))"
        if t.nanos % 1000 != 0 {  // Python cannot hold it: Arrow's cast-to-string text
            return base + "." + pad(t.nanos, 9) + (utc ? "Z" : "")
        }
        return base + (t.nanos == 0 ? "" : "." + pad(t.nanos / 1000, 6)) + (utc ? "+00:00" : "")
    }

    static func time(_ v: Int64, _ unit: TimeUnit) -> String {
        let t = TemporalText.dateTime(v, unit)
        let base = "\(pad(t.hour, 2)):\(pad(t.minute, 2)):\(pad(t.second, 2))"
        if t.nanos % 1000 != 0 { return base + "." + pad(t.nanos, 9) }
        return base + (t.nanos == 0 ? "" : "." + pad(t.nanos / 1000, 6))
    }

    static func uuid(_ b: [UInt8]) -> String {
        let hex = b.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        let c = Array(hex)
        return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(c[$0]) }.joined(separator: "-")
    }

    /// Compares one value with the reference JSON value; returns nil when equal, else a description.
    static func mismatch(_ v: Value, _ e: Any, at path: String) -> String? {
        func fail() -> String { "\(path): got \(v), expected \(e)" }
        switch v {
        case .null: return e is NSNull ? nil : fail()
        case .bool(let b): return (e as? Bool) == b && !(e is String) ? nil : fail()
        case .int(let i):
            guard let n = e as? NSNumber, !(e is String) else { return fail() }
            return n.int64Value == i && n.stringValue == String(i) ? nil : fail()
        case .uint(let u):
            guard let n = e as? NSNumber, !(e is String) else { return fail() }
            return n.stringValue == String(u) || n.uint64Value == u ? nil : fail()
        case .float(let f): return float32(f, e) ? nil : fail()
        case .double(let d): return float(d, e) ? nil : fail()
        case .string(let s): return (e as? String) == s ? nil : fail()
        case .invalidUTF8(let b): return (e as? String) == "<invalid utf-8> " + bytes(b) ? nil : fail()
        case .binary(let b): return (e as? String) == bytes(b) ? nil : fail()
        case .decimal(let t): return (e as? String) == decimal(t) ? nil : fail()
        case .date(let d): return (e as? String) == TemporalText.date(days: Int64(d)) ? nil : fail()
        case .time(let t, let u): return (e as? String) == time(t, u) ? nil : fail()
        case .timestamp(let t, let u, let utc): return (e as? String) == timestamp(t, u, utc: utc) ? nil : fail()
        case .interval(let m, let d, let ms):
            var b: [UInt8] = []
            for x in [m, d, ms] { withUnsafeBytes(of: x.littleEndian) { b += $0 } }
            return (e as? String) == bytes(b) ? nil : fail()
        case .uuid(let b): return (e as? String) == uuid(b) || (e as? String) == bytes(b) ? nil : fail()
        case .list(let items):
            guard let a = e as? [Any], a.count == items.count else { return fail() }
            for (i, (x, y)) in zip(items, a).enumerated() {
                if let m = mismatch(x, y, at: "\(path)[\(i)]") { return m }
            }
            return nil
        case .map(let entries):
            guard let a = e as? [Any], a.count == entries.count else { return fail() }
            for (i, (x, y)) in zip(entries, a).enumerated() {
                guard let pair = y as? [Any], pair.count == 2 else { return fail() }
                if let m = mismatch(x.key, pair[0], at: "\(path){\(i)}.key") { return m }
                if let m = mismatch(x.value, pair[1], at: "\(path){\(i)}.value") { return m }
            }
            return nil
        case .structure(let fields):
            guard let d = e as? [String: Any], d.count == fields.count else { return fail() }
            for f in fields {
                guard let y = d[f.name] else { return "\(path).\(f.name): missing in the reference" }
                if let m = mismatch(f.value, y, at: "\(path).\(f.name)") { return m }
            }
            return nil
        }
    }

    /// A FLOAT compares as a 32-bit value: the reference (pyarrow widens float32 to a Python float exactly;
    /// its JSON text may be read back an ulp off as a Double) narrowed back must be the same float32.
    static func float32(_ f: Float, _ e: Any) -> Bool {
        if let s = e as? String {
            if f.isNaN { return s == "nan" }
            if f.isInfinite { return s == (f > 0 ? "inf" : "-inf") }
            return false
        }
        guard let n = e as? NSNumber, !f.isNaN else { return false }
        return Float(n.doubleValue) == f
    }

    static func float(_ d: Double, _ e: Any) -> Bool {
        if let s = e as? String {
            if d.isNaN { return s == "nan" }
            if d.isInfinite { return s == (d > 0 ? "inf" : "-inf") }
            return false
        }
        guard let n = e as? NSNumber else { return false }
        let x = n.doubleValue
        return x == d || abs(x - d) <= 1e-12 * max(abs(x), abs(d))
    }
}
