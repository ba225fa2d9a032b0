/// SigV4's URI encoding: every byte except `A–Z a–z 0–9 - . _ ~` becomes `%XY` with uppercase hex, and a
/// space is `%20`, never `+`
/// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html,
/// "URI-encode"). Table-driven because it runs over every path and query byte of every request.
enum PercentEncoding {
    /// For each byte: 0 = encode, 1 = unreserved (copy), 2 = `/` (copy in paths).
    private static let classes: [UInt8] = (0..<256).map { value in
        let byte = UInt8(value)
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
            UInt8(ascii: "~"):
            return 1
        case UInt8(ascii: "/"):
            return 2
        default:
            return 0
        }
    }

    private static let upperHex: [UInt8] = Array("0123456789ABCDEF".utf8)

    /// Writes the encoding of `bytes` at `target` (room for `3 * bytes.count` needed); returns the
    /// number of bytes written. With `decodingEscapes`, valid `%XY` escapes are decoded first, so `%e1`,
    /// `%E1` and a raw byte all come out as `%E1`, and `%41` as `A`, as AWS compares them.
    static func write(
        _ bytes: UnsafeBufferPointer<UInt8>, keepSlash: Bool, decodingEscapes: Bool,
        to target: UnsafeMutablePointer<UInt8>
    ) -> Int {
        classes.withUnsafeBufferPointer { classes in
            upperHex.withUnsafeBufferPointer { hex in
                var written = 0
                var index = 0
                let count = bytes.count
                while index < count {
                    var byte = bytes[index]
                    var escaped = false
                    if decodingEscapes, byte == UInt8(ascii: "%"), index + 2 < count,
                        let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2])
                    {
                        byte = high << 4 | low
                        escaped = true
                        index += 3
                    } else {
                        index += 1
                    }
                    let kind = classes[Int(byte)]
                    // A decoded `%2F` stays encoded, so an encoded slash keeps meaning "not a separator".
                    if kind == 1 || (kind == 2 && keepSlash && !escaped) {
                        target[written] = byte
                        written += 1
                    } else {
                        target[written] = UInt8(ascii: "%")
                        target[written + 1] = hex[Int(byte >> 4)]
                        target[written + 2] = hex[Int(byte & 0x0f)]
                        written += 3
                    }
                }
                return written
            }
        }
    }

    /// Appends the encoding of `bytes` to `out`.
    static func append(
        _ bytes: UnsafeBufferPointer<UInt8>, keepSlash: Bool, decodingEscapes: Bool, to out: inout ByteWriter
    ) {
        out.reserve(bytes.count * 3)
        out.appendWritten(maximum: bytes.count * 3) { target in
            write(bytes, keepSlash: keepSlash, decodingEscapes: decodingEscapes, to: target)
        }
    }

    /// `"AKID/…"` → `"AKID%2F…"`; for presign parameter values.
    static func encoded(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count * 3) { buffer in
                guard let target = buffer.baseAddress else { return 0 }
                return write(bytes, keepSlash: false, decodingEscapes: false, to: target)
            }
        }
    }

    /// The value of a hex digit, or `nil`.
    @inline(__always)
    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        default: return nil
        }
    }
}
