/// Comparison of two non-null values of one type (operands are converted to their common type first).
enum SQLCompare {
    /// -1, 0 or 1; nil when the comparison is unknown (NaN against anything, as Athena compares doubles).
    static func compare(_ a: SQLValue, _ b: SQLValue) -> Int? {
        switch (a, b) {
        case (.integer(let x), .integer(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.double(let x), .double(let y)):
            if x.isNaN || y.isNaN { return nil }
            return x < y ? -1 : (x > y ? 1 : 0)
        case (.decimal(let x, let s), .decimal(let y, let t)): return SQLDecimal.compare(x, s, y, t)
        case (.string(let x), .string(let y)):
            let c = UTF8Order.compare(x, y)
            return c < 0 ? -1 : (c > 0 ? 1 : 0)
        case (.boolean(let x), .boolean(let y)): return x == y ? 0 : (x ? 1 : -1)
        case (.date(let x), .date(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.timestamp(let x), .timestamp(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        default: return nil
        }
    }

    /// Order for ORDER BY and MIN/MAX: as `compare`, with NaN above every number (as Athena sorts it).
    static func order(_ a: SQLValue, _ b: SQLValue) -> Int {
        if case .double(let x) = a, case .double(let y) = b, x.isNaN || y.isNaN {
            return x.isNaN ? (y.isNaN ? 0 : 1) : -1
        }
        return compare(a, b) ?? 0
    }
}
