/// An exact decimal number for comparisons at any precision: sign, integer digits without leading zeros,
/// fraction digits without trailing zeros. Parquet decimals arrive as plain decimal text (`Value.decimal`),
/// and comparing that text this way needs no 128-bit arithmetic and never rounds.
package struct DecimalKey: Sendable, Hashable, Comparable {
    package var negative: Bool
    package var integer: [UInt8]
    package var fraction: [UInt8]

    package static let zero = DecimalKey(negative: false, integer: [], fraction: [])

    private init(negative: Bool, integer: [UInt8], fraction: [UInt8]) {
        self.negative = negative
        self.integer = integer
        self.fraction = fraction
    }

    /// Parses `-12.50`, `3`, `.5`; nil for anything else (exponents included: decimals are written plainly).
    package init?(_ text: some StringProtocol) {
        var bytes = Substring(text).utf8[...]
        var negative = false
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        let parts = bytes.split(separator: UInt8(ascii: "."), maxSplits: 1, omittingEmptySubsequences: false)
        guard !bytes.isEmpty, parts.count <= 2, !(parts.allSatisfy(\.isEmpty)) else { return nil }
        let isDigits = { (s: Substring.UTF8View.SubSequence) in s.allSatisfy { $0 >= 48 && $0 <= 57 } }
        guard parts.allSatisfy(isDigits) else { return nil }
        integer = Array(parts[0].drop { $0 == 48 })
        var fraction = parts.count > 1 ? Array(parts[1]) : []
        while fraction.last == 48 { fraction.removeLast() }
        self.fraction = fraction
        self.negative = negative && !(integer.isEmpty && fraction.isEmpty)
    }

    private static func magnitudeLess(_ a: DecimalKey, _ b: DecimalKey) -> Bool {
        if a.integer.count != b.integer.count { return a.integer.count < b.integer.count }
        if a.integer != b.integer { return a.integer.lexicographicallyPrecedes(b.integer) }
        return a.fraction.lexicographicallyPrecedes(b.fraction)
    }

    package static func < (a: DecimalKey, b: DecimalKey) -> Bool {
        if a.negative != b.negative { return a.negative }
        return a.negative ? magnitudeLess(b, a) : magnitudeLess(a, b)
    }

    /// Digits after the decimal point, as written without trailing zeros.
    package var scale: Int { fraction.count }
}
