import Foundation

/// Strings compared by their UTF-8 bytes, as Athena and DuckDB compare them: byte order of UTF-8 is code
/// point order, and two spellings Swift's own `==` treats as canonically equivalent (é and e + ◌́) stay
/// different. Compared with `memcmp` over the contiguous bytes rather than element by element through
/// `UTF8View`, which grouping and filtering did per row and which showed as the largest cost of a GROUP BY
/// over a string key.
enum UTF8Order {
    /// Whether `a` and `b` hold the same bytes.
    @inline(__always)
    static func equal(_ a: String, _ b: String) -> Bool {
        // Equal bits are the same small string or the same storage: equal without reading the bytes.
        if unsafeBitCast(a, to: (UInt64, UInt64).self) == unsafeBitCast(b, to: (UInt64, UInt64).self) {
            return true
        }
        guard a.utf8.count == b.utf8.count else { return false }
        return compare(a, b) == 0
    }

    /// Whether `a` sorts before `b` in byte order.
    @inline(__always)
    static func less(_ a: String, _ b: String) -> Bool { compare(a, b) < 0 }

    /// Negative, zero or positive as `a` sorts before, with or after `b` in byte order (a prefix first).
    static func compare(_ a: String, _ b: String) -> Int {
        var a = a
        var b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let common = min(x.count, y.count)
                if common > 0, let p = x.baseAddress, let q = y.baseAddress {
                    let c = memcmp(p, q, common)
                    if c != 0 { return Int(c) }
                }
                return x.count - y.count
            }
        }
    }
}
