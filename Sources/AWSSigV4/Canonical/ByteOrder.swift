import Foundation

/// Byte-wise (code point) ordering of ranges in one buffer, which is the order SigV4 sorts names in;
/// `String` comparison would apply Unicode canonical equivalence instead.
enum ByteOrder {
    /// Negative, zero or positive like `memcmp`, with a shorter prefix ordering first.
    @inline(__always)
    static func compare(_ bytes: UnsafeBufferPointer<UInt8>, _ lhs: Range<Int>, _ rhs: Range<Int>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let common = min(lhs.count, rhs.count)
        if common > 0 {
            let result = memcmp(base + lhs.lowerBound, base + rhs.lowerBound, common)
            if result != 0 { return Int(result) }
        }
        return lhs.count - rhs.count
    }
}
