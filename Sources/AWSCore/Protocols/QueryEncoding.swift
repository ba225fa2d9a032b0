/// Percent-encoding as AWS wants it: everything except RFC 3986 unreserved characters
/// (`A–Z a–z 0–9 - _ . ~`) is `%XX`-encoded, spaces included (never `+`). Used for query strings and
/// path segments, so the bytes sent are the bytes signed. Form bodies use `formEncode`.
package enum QueryEncoding {
    package static func percentEncode(_ value: String, keepingSlashes: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for byte in value.utf8 {
            if isUnreserved(byte) || (keepingSlashes && byte == UInt8(ascii: "/")) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%"
                out += hexDigit(byte >> 4)
                out += hexDigit(byte & 0x0F)
            }
        }
        return out
    }

    /// `name=value&…` in the order given (the signer sorts for the canonical form; the wire need not).
    package static func encode(_ items: [(String, String)]) -> String {
        items.map { "\(percentEncode($0.0))=\(percentEncode($0.1))" }.joined(separator: "&")
    }

    /// An `application/x-www-form-urlencoded` body (awsQuery): as `encode`, but a space is `+`, as HTML
    /// forms and botocore write it. AWS accepts `%20` too, but moto checks a body's signature against
    /// the form it re-encodes from the parsed fields, which writes `+`: sending the same bytes keeps the
    /// body hash identical everywhere.
    package static func formEncode(_ items: [(String, String)]) -> String {
        func field(_ s: String) -> String { percentEncode(s).replacingOccurrences(of: "%20", with: "+") }
        return items.map { "\(field($0.0))=\(field($0.1))" }.joined(separator: "&")
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
            UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    private static func hexDigit(_ nibble: UInt8) -> String {
        String(UnicodeScalar(nibble < 10 ? nibble + 48 : nibble + 55))
    }
}
