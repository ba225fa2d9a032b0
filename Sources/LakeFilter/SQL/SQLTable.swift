/// A table local SQL reads: named, typed columns and its rows (one value per column).
package struct SQLTable: Sendable {
    package struct Column: Sendable, Equatable {
        package var name: String
        package var type: SQLType
        package init(name: String, type: SQLType) {
            self.name = name
            self.type = type
        }
    }

    package var columns: [Column]
    package var rows: [[SQLValue]]
    /// Instead of `rows`: reads the rows afresh, chunk by chunk, each time it is called (a query's first
    /// table streams through the joins and WHERE without being held).
    package var reader: (@Sendable (_ body: ([[SQLValue]]) throws -> Void) throws -> Void)?

    package init(columns: [Column], rows: [[SQLValue]]) {
        self.columns = columns
        self.rows = rows
    }

    func forEachChunk(_ body: ([[SQLValue]]) throws -> Void) throws {
        if let reader { try reader(body) } else { try body(rows) }
    }

    /// Every row, read through `reader` when the table streams.
    func allRows() throws -> [[SQLValue]] {
        guard reader != nil else { return rows }
        var out: [[SQLValue]] = []
        try forEachChunk { out.append(contentsOf: $0) }
        return out
    }
}
