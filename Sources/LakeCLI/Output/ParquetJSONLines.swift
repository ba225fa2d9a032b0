import Foundation
import LakeCodec

/// Writes rows as JSON lines straight into a byte buffer, with the same conventions as
/// `ParquetValueOutput` (they are tested against each other). `cat` output can be hundreds of megabytes,
/// so this skips the per-scalar `OutputValue` tree and copies runs of plain string bytes in bulk.
enum ParquetJSONLines {
    static func appendRow(names: [String], values: [Value], to out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        for (i, (name, value)) in zip(names, values).enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            appendString(name, to: &out)
            out.append(UInt8(ascii: ":"))
            append(value, to: &out)
        }
        out.append(UInt8(ascii: "}"))
    }

    static func append(_ v: Value, to out: inout [UInt8]) {
        switch v {
        case .null: out += "null".utf8
        case .bool(let b): out += (b ? "true" : "false").utf8
        case .int(let i): out += String(i).utf8
        case .uint(let u):
            out += String(u).utf8  // always a number: one uint64 column never mixes numbers and strings
        case .float, .double:
            let d: Double
            if case .float(let f) = v {
                d = f.isFinite ? Double("\(f)") ?? Double(f) : Double(f)
            } else if case .double(let x) = v {
                d = x
            } else {
                d = 0
            }
            if d.isFinite { out += JSONWriter.number(d).utf8 } else { appendString(JSONWriter.number(d), to: &out) }
        case .string(let s): appendString(s, to: &out)
        case .list(let items):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                append(item, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .structure(let fields):
            out.append(UInt8(ascii: "{"))
            for (i, f) in fields.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                appendString(f.name, to: &out)
                out.append(UInt8(ascii: ":"))
                append(f.value, to: &out)
            }
            out.append(UInt8(ascii: "}"))
        case .map(let entries):
            out.append(UInt8(ascii: "["))
            for (i, e) in entries.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                out.append(UInt8(ascii: "["))
                append(e.key, to: &out)
                out.append(UInt8(ascii: ","))
                append(e.value, to: &out)
                out.append(UInt8(ascii: "]"))
            }
            out.append(UInt8(ascii: "]"))
        default:
            // Rarer kinds (binary, decimals, temporal, intervals, UUIDs) share the OutputValue rendering.
            var s = ""
            s = JSONWriter.compact(ParquetValueOutput.output(v))
            out += s.utf8
        }
    }

    /// A JSON string: bytes that need no escape are copied in runs.
    static func appendString(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { bytes in
            var runStart = 0
            for i in 0..<bytes.count {
                let b = bytes[i]
                guard b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                switch b {
                case UInt8(ascii: "\""): out += "\\\"".utf8
                case UInt8(ascii: "\\"): out += "\\\\".utf8
                case 0x0A: out += "\\n".utf8
                case 0x0D: out += "\\r".utf8
                case 0x09: out += "\\t".utf8
                default:
                    let hex = String(b, radix: 16)
                    out += ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8
                }
                runStart = i + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        out.append(UInt8(ascii: "\""))
    }
}
