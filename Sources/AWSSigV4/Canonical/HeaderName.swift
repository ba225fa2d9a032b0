import Foundation

/// ASCII case handling for header names, which HTTP defines as case-insensitive tokens (RFC 9110 §5.1).
enum HeaderName {
    static func equalsIgnoringCase(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        var right = b.utf8.makeIterator()
        for left in a.utf8 {
            guard let other = right.next(), lower(left) == lower(other) else { return false }
        }
        return true
    }

    @inline(__always)
    static func lower(_ byte: UInt8) -> UInt8 {
        byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
    }

    /// Headers never signed: hop-by-hop or rewritten by proxies and HTTP stacks (aws-c-auth and
    /// botocore skip the same kind of list), plus `authorization`, which is the signature itself.
    static func isNeverSigned(_ lowercased: UnsafeBufferPointer<UInt8>) -> Bool {
        switch lowercased.count {
        case 6: return equals(lowercased, "expect")
        case 10: return equals(lowercased, "user-agent") || equals(lowercased, "connection")
        case 13: return equals(lowercased, "authorization")
        case 15: return equals(lowercased, "x-amzn-trace-id")
        case 17: return equals(lowercased, "transfer-encoding")
        default: return false
        }
    }

    /// Byte equality of `bytes` and `text`'s UTF-8.
    @inline(__always)
    static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ text: String) -> Bool {
        UTF8Access.with(text) { other in
            guard other.count == bytes.count else { return false }
            guard let a = bytes.baseAddress, let b = other.baseAddress else { return true }
            return memcmp(a, b, other.count) == 0
        }
    }
}
