import LakeCodec

/// One column of a chunk that a streaming table hands the engine: the codec's typed scan column (or a
/// partition column's one value), made into SQL values only when a consumer asks. Most consumers ask at
/// once (`values()`); grouped aggregation reads the typed storage itself — dictionary positions for a
/// string key, unboxed numbers for sums — so a GROUP BY over millions of rows makes no `SQLValue` per cell.
package struct SQLColumnChunk: Sendable {
    enum Source: Sendable {
        case scan(ScanColumn)
        /// A partition column: the folder's value on every row.
        case constant(SQLValue)
        /// Values already made (a table held in memory).
        case values([SQLValue])
    }

    let source: Source
    let type: SQLType
    let count: Int

    static func scan(_ column: ScanColumn, as type: SQLType) -> SQLColumnChunk {
        SQLColumnChunk(source: .scan(column), type: type, count: column.count)
    }

    static func constant(_ value: SQLValue, as type: SQLType, count: Int) -> SQLColumnChunk {
        SQLColumnChunk(source: .constant(value), type: type, count: count)
    }

    static func values(_ values: [SQLValue], as type: SQLType) -> SQLColumnChunk {
        SQLColumnChunk(source: .values(values), type: type, count: values.count)
    }

    /// Every row as an SQL value of the column's type: integers, doubles, decimals (unscaled, never through
    /// text), strings and booleans straight from the typed storage; anything else cell by cell.
    func values() throws -> [SQLValue] {
        let column: ScanColumn
        switch source {
        case .constant(let value): return Array(repeating: value, count: count)
        case .values(let values): return values
        case .scan(let scanned): column = scanned
        }
        switch type {
        case .tinyint, .smallint, .integer, .bigint:
            if let v = column.integers() { return v.map { $0.map(SQLValue.integer) ?? .null } }
        case .double:
            if let v = column.doubles() { return v.map { $0.map(SQLValue.double) ?? .null } }
        case .decimal(_, let scale):
            if let d = column.decimals(), d.scale == scale {
                return d.unscaled.map { $0.map { SQLValue.decimal($0, scale: scale) } ?? .null }
            }
        case .varchar:
            if let v = column.strings() { return v.map { $0.map(SQLValue.string) ?? .null } }
        case .boolean:
            if let v = column.booleans() { return v.map { $0.map(SQLValue.boolean) ?? .null } }
        default:
            break
        }
        return try (0..<column.count).map { try SQLValue(column.value($0), as: type) }
    }

    /// Rows `rows` of this column (in that order, repeats allowed), in the same storage.
    func gathering(_ rows: [Int]) -> SQLColumnChunk {
        switch source {
        case .scan(let column): .scan(column.gathering(rows), as: type)
        case .constant(let value): .constant(value, as: type, count: rows.count)
        case .values(let values): .values(rows.map { values[$0] }, as: type)
        }
    }

    /// The column as its scan column, when it is one.
    var scanned: ScanColumn? {
        if case .scan(let column) = source { return column }
        return nil
    }
}
