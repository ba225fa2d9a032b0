import Foundation
import LakeCodec

/// Parquet values as output values (the `cat` JSON conventions): integers and floats as numbers (NaN and
/// ±Infinity as strings), binary as base64, decimals as strings (exact), dates/times/timestamps as
/// ISO-8601 text, lists as arrays, structs as objects, maps as arrays of [key, value].
package enum ParquetValueOutput {
    /// A CSV field for `cat --output csv` and `convert x.csv`: nil for NULL, so the one CSV writer writes it
    /// empty and an empty string as `""`.
    package static func csvField(_ v: Value) -> String? { output(v).csvField }

    package static func output(_ v: Value) -> OutputValue {
        switch v {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        // Always a number, whatever its size, so one column never mixes numbers and strings.
        case .uint(let u): return .uint(u)
        // Through the shortest decimal text of the Float, so 1.1f prints as 1.1, not 1.100000023841858.
        case .float(let f): return .double(f.isFinite ? Double("\(f)") ?? Double(f) : Double(f))
        case .double(let d): return .double(d)
        case .string(let s): return .string(s)
        case .invalidUTF8(let b): return .string(String(decoding: b, as: UTF8.self))
        case .binary(let b): return .string(Data(b).base64EncodedString())
        case .decimal(let t): return .string(t)
        case .date(let d): return .string(TemporalText.date(days: Int64(d)))
        case .time(let t, let u): return .string(TemporalText.time(t, u))
        case .timestamp(let t, let u, let utc): return .string(TemporalText.timestamp(t, u, utc: utc))
        case .interval(let m, let d, let ms):
            return .object([("months", .int(Int64(m))), ("days", .int(Int64(d))), ("millis", .int(Int64(ms)))])
        case .uuid(let b): return .string(uuidText(b))
        case .list(let items): return .array(items.map(output))
        case .structure(let fields): return .object(fields.map { ($0.name, output($0.value)) })
        case .map(let entries): return .array(entries.map { .array([output($0.key), output($0.value)]) })
        }
    }

    static func uuidText(_ b: [UInt8]) -> String {
        let hex = Array(b.map { String(format: "%02x", $0) }.joined())
        guard hex.count == 32 else { return String(hex) }
        return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(hex[$0]) }.joined(separator: "-")
    }
}
