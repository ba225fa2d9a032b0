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
    /// Instead of `rows`: reads the table afresh, chunk by chunk, each time it is called (a query's first
    /// table streams through the joins and WHERE without being held). Chunks are column-major, one
    /// array per column, as the scan decodes them; `rowCount` says how many rows (a chunk may have no
    /// columns, for `count(*)`), each still in the scan's typed storage.
    package var reader:
        (@Sendable (_ body: (_ columns: [SQLColumnChunk], _ rowCount: Int) throws -> Void) throws -> Void)?

    package init(columns: [Column], rows: [[SQLValue]]) {
        self.columns = columns
        self.rows = rows
    }

    /// The rows of a column-major chunk.
    static func rows(_ columns: [[SQLValue]], count: Int) -> [[SQLValue]] {
        (0..<count).map { r in columns.map { $0[r] } }
    }

    /// The rows of a chunk as the scan hands it, each column made into values.
    static func rows(_ chunk: [SQLColumnChunk], count: Int) throws -> [[SQLValue]] {
        rows(try chunk.map { try $0.values() }, count: count)
    }

    func forEachChunk(_ body: ([[SQLValue]]) throws -> Void) throws {
        if let reader {
            try reader { try body(Self.rows($0, count: $1)) }
        } else {
            try body(rows)
        }
    }

    /// The table chunk by chunk as columns: what the scan gives for a streaming table, the rows
    /// transposed once otherwise.
    func forEachColumnChunk(_ body: (_ columns: [[SQLValue]], _ rowCount: Int) throws -> Void) throws {
        if let reader {
            try reader { try body(try $0.map { try $0.values() }, $1) }
        } else {
            try body(columns.indices.map { c in rows.map { $0[c] } }, rows.count)
        }
    }

    /// The table chunk by chunk as the scan typed it (grouped aggregation reads that storage itself); a
    /// table held in memory as one chunk of its values.
    func forEachTypedChunk(_ body: (_ columns: [SQLColumnChunk], _ rowCount: Int) throws -> Void) throws {
        if let reader {
            try reader(body)
        } else {
            try body(columns.indices.map { c in .values(rows.map { $0[c] }, as: columns[c].type) }, rows.count)
        }
    }

    /// Every row, read through `reader` when the table streams.
    func allRows() throws -> [[SQLValue]] {
        guard reader != nil else { return rows }
        var out: [[SQLValue]] = []
        try forEachChunk { out.append(contentsOf: $0) }
        return out
    }
}
