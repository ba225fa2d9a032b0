/// ASCII case handling for header names, which HTTP defines as case-insensitive tokens (RFC 9110 §5.1).
enum HeaderName {
    static func equalsIgnoringCase(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && zip(a.utf8, b.utf8).allSatisfy { lower($0) == lower($1) }
    }

    @inline(__always)
    static func lower(_ byte: UInt8) -> UInt8 {
        byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
    }

    /// Headers never signed: hop-by-hop or rewritten by proxies and HTTP stacks (aws-c-auth and
    /// botocore skip the same kind of list), plus `authorization`, which is the signature itself.
    static func isNeverSigned(_ lowercased: UnsafeBufferPointer<UInt8>) -> Bool {
        switch lowercased.count {
        case 6: return lowercased.elementsEqual("expect".utf8)
        case 10: return lowercased.elementsEqual("user-agent".utf8) || lowercased.elementsEqual("connection".utf8)
        case 13: return lowercased.elementsEqual("authorization".utf8)
        case 15: return lowercased.elementsEqual("x-amzn-trace-id".utf8)
        case 17: return lowercased.elementsEqual("transfer-encoding".utf8)
        default: return false
        }
    }
}
