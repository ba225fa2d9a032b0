import Foundation

/// Sizes as LAKEFILE.md writes them: `10GB` (decimal units), `512MiB` (binary units) or a bare number of bytes.
package enum ByteSize {
    static let units: [(suffix: String, factor: Int64)] = [
        ("KIB", 1 << 10), ("MIB", 1 << 20), ("GIB", 1 << 30), ("TIB", 1 << 40),
        ("KB", 1_000), ("MB", 1_000_000), ("GB", 1_000_000_000), ("TB", 1_000_000_000_000), ("B", 1),
    ]

    /// Bytes, or nil when `text` is not such a size (or overflows).
    package static func bytes(_ text: String) -> Int64? {
        let upper = text.trimmingCharacters(in: .whitespaces).uppercased()
        for (suffix, factor) in units where upper.hasSuffix(suffix) {
            let digits = upper.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)
            guard let count = Int64(digits), count >= 0 else { return nil }
            let (product, overflow) = count.multipliedReportingOverflow(by: factor)
            return overflow ? nil : product
        }
        guard let count = Int64(upper), count >= 0 else { return nil }
        return count
    }
}
