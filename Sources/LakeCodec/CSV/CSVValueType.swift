/// The type a CSV column is inferred to hold. The cases are the Glue/Hive types a crawler can give a CSV
/// column, plus `time` (DuckDB's ladder has it; Glue has no TIME and maps it to string).
package enum CSVValueType: Sendable, Equatable, Hashable, CustomStringConvertible {
    case boolean
    case bigint
    case double
    case decimal(precision: Int, scale: Int)
    case time
    case date
    case timestamp
    case string

    /// Glue/Hive spelling (`decimal(10,2)`); `time` has no Hive type and reads as string.
    package var glueName: String {
        switch self {
        case .boolean: return "boolean"
        case .bigint: return "bigint"
        case .double: return "double"
        case .decimal(let p, let s): return "decimal(\(p),\(s))"
        case .time, .string: return "string"
        case .date: return "date"
        case .timestamp: return "timestamp"
        }
    }

    /// DuckDB's spelling, to compare with `sniff_csv` output.
    package var duckDBName: String {
        switch self {
        case .boolean: return "BOOLEAN"
        case .bigint: return "BIGINT"
        case .double: return "DOUBLE"
        case .decimal(let p, let s): return "DECIMAL(\(p),\(s))"
        case .time: return "TIME"
        case .date: return "DATE"
        case .timestamp: return "TIMESTAMP"
        case .string: return "VARCHAR"
        }
    }

    package var description: String { glueName }
}
