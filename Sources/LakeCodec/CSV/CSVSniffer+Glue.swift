extension CSVSniffer {
    /// Glue's built-in CSV classifier header rule (AWS-NOTES B2): the first row is a header only when every
    /// cell parses as STRING, every cell but the last is under 150 characters, every cell is a usable
    /// column name, and at least one column's data is not STRING. Glue also needs two columns and two rows.
    /// So an all-text file never gets a header from Glue, where DuckDB says it has one.
    static func glueHeader(_ rows: CSVBatch, glueTypes: [CSVValueType]) -> Bool {
        guard rows.columnCount >= 2, rows.rowCount >= 2 else { return false }
        let last = rows.columnCount - 1
        for c in 0...last {
            let cell = rows.value(row: 0, column: c)
            let parsesAsText = cell.withUnsafeBufferPointer { buf in
                [CSVValueType.boolean, .bigint, .double].allSatisfy { !CSVTypeGuess.fits(buf, $0, rules: .glue) }
            }
            guard parsesAsText else { return false }
            let characters = String(decoding: cell, as: UTF8.self).count
            if c < last && characters >= 150 { return false }
            if cell.isEmpty && c < last { return false }
            if cell.contains(where: { $0 < 0x20 || $0 == 0x7F }) || characters > 255 { return false }
        }
        return glueTypes.contains { $0 != .string }
    }
}
