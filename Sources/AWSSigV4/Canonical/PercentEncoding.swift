/// SigV4's URI encoding: every byte except `A–Z a–z 0–9 - . _ ~` becomes `%XY` with uppercase hex, and a
/// space is `%20`, never `+`
/// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html,
/// "URI-encode"). Table-driven because it runs over every path and query byte of every request.
enum PercentEncoding {
    /// `true` for the unreserved bytes that are never encoded.
    static let unreserved: [Bool] = (0..<256).map { value in
        let byte = UInt8(value)
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
            UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    private static let upperHex: [UInt8] = Array("0123456789ABCDEF".utf8)

    /// Appends `byte`, encoded unless unreserved (or `/` when `keepSlash`).
    @inline(__always)
    static func append(_ byte: UInt8, keepSlash: Bool, to out: inout [UInt8]) {
        if unreserved[Int(byte)] || (keepSlash && byte == UInt8(ascii: "/")) {
            out.append(byte)
        } else {
            out.append(UInt8(ascii: "%"))
            out.append(upperHex[Int(byte >> 4)])
            out.append(upperHex[Int(byte & 0x0f)])
        }
    }

    static func append(_ bytes: some Sequence<UInt8>, keepSlash: Bool, to out: inout [UInt8]) {
        for byte in bytes { append(byte, keepSlash: keepSlash, to: &out) }
    }

    /// `"Aws4/…"` → `"Aws4%2F…"`; for presign parameter values.
    static func encoded(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        append(text.utf8, keepSlash: false, to: &out)
        return String(decoding: out, as: UTF8.self)
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

    /// Appends the canonical encoding of an already (possibly partly) encoded component: valid `%XY`
    /// escapes are decoded and everything is re-encoded, so `%e1`, `%E1` and a raw byte all come out
    /// as `%E1`, and unreserved characters sent encoded (`%41`) come out plain, as AWS compares them.
    static func appendReencoded(_ bytes: UnsafeBufferPointer<UInt8>, keepSlash: Bool, to out: inout [UInt8]) {
        var i = 0
        let count = bytes.count
        while i < count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "%"), i + 2 < count,
                let high = hexValue(bytes[i + 1]), let low = hexValue(bytes[i + 2])
            {
                append(high << 4 | low, keepSlash: false, to: &out)
                i += 3
            } else {
                append(byte, keepSlash: keepSlash, to: &out)
                i += 1
            }
        }
    }
}
