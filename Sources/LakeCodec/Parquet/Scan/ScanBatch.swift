/// Up to `ScanOptions.batchRows` rows of one row group that passed the scan's predicates, as columns.
/// Rows are made (`rows()`) only by the caller that prints or writes them.
package struct ScanBatch: Sendable {
    /// The row group the rows come from.
    package let rowGroup: Int
    /// Row numbers within the row group, ascending.
    package let rowNumbers: [Int]
    /// One per selected field, in `ScanOptions.columns` order.
    package let columns: [ScanColumn]

    package var rowCount: Int { rowNumbers.count }

    /// The batch as rows of logical values, one per selected field.
    package func rows() -> [[Value]] {
        var out = [[Value]](repeating: [], count: rowCount)
        for r in 0..<rowCount {
            out[r].reserveCapacity(columns.count)
            for c in columns { out[r].append(c.value(r)) }
        }
        return out
    }
}
