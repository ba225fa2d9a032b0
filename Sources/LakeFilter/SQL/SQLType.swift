import LakeCodec

/// The type of a value in local SQL, named as Athena (Trino) names it. Integer kinds stay distinct
/// because Athena's arithmetic keeps the operand type and reports overflow against its range.
package enum SQLType: Sendable, Hashable, CustomStringConvertible {
    case boolean
    case tinyint
    case smallint
    case integer
    case bigint
    case double
    case decimal(precision: Int, scale: Int)
    case varchar
    case date
    case timestamp
    /// Arrays, maps, structs and binary: carried through `SELECT` untouched, not computed with.
    case other(String)
    /// The type of a bare NULL literal: fits anywhere.
    case unknown

    package var description: String {
        switch self {
        case .boolean: "boolean"
        case .tinyint: "tinyint"
        case .smallint: "smallint"
        case .integer: "integer"
        case .bigint: "bigint"
        case .double: "double"
        case .decimal(let p, let s): "decimal(\(p),\(s))"
        case .varchar: "varchar"
        case .date: "date"
        case .timestamp: "timestamp"
        case .other(let name): name
        case .unknown: "unknown"
        }
    }

    var isInteger: Bool {
        switch self {
        case .tinyint, .smallint, .integer, .bigint: true
        default: false
        }
    }

    var isNumeric: Bool {
        switch self {
        case .tinyint, .smallint, .integer, .bigint, .double, .decimal: true
        default: false
        }
    }

    /// The range an integer type's results must stay in.
    var integerRange: ClosedRange<Int64> {
        switch self {
        case .tinyint: Int64(Int8.min)...Int64(Int8.max)
        case .smallint: Int64(Int16.min)...Int64(Int16.max)
        case .integer: Int64(Int32.min)...Int64(Int32.max)
        default: Int64.min...Int64.max
        }
    }

    private var integerRank: Int {
        switch self {
        case .tinyint: 1
        case .smallint: 2
        case .integer: 3
        default: 4
        }
    }

    /// The decimal an integer type widens to when it meets a decimal (Trino: integer is decimal(10,0)).
    var asDecimal: (precision: Int, scale: Int)? {
        switch self {
        case .tinyint: (3, 0)
        case .smallint: (5, 0)
        case .integer: (10, 0)
        case .bigint: (19, 0)
        case .decimal(let p, let s): (p, s)
        default: nil
        }
    }

    /// The type two operands are compared (or unioned, as in CASE and coalesce) in, nil when Athena
    /// has no implicit conversion between them.
    static func common(_ a: SQLType, _ b: SQLType) -> SQLType? {
        if a == b { return a }
        if a == .unknown { return b }
        if b == .unknown { return a }
        if a.isInteger && b.isInteger { return a.integerRank >= b.integerRank ? a : b }
        if a.isNumeric && b.isNumeric {
            if a == .double || b == .double { return .double }
            guard let x = a.asDecimal, let y = b.asDecimal else { return nil }
            let scale = max(x.scale, y.scale)
            let digits = max(x.precision - x.scale, y.precision - y.scale)
            return .decimal(precision: min(38, digits + scale), scale: scale)
        }
        if (a == .date && b == .timestamp) || (a == .timestamp && b == .date) { return .timestamp }
        return nil
    }

    /// The local SQL type of a Glue column.
    init(glue: GlueType) {
        switch glue {
        case .boolean: self = .boolean
        case .tinyint: self = .tinyint
        case .smallint: self = .smallint
        case .int: self = .integer
        case .bigint: self = .bigint
        case .float, .double: self = .double
        case .decimal(let p, let s): self = .decimal(precision: p, scale: s)
        case .string: self = .varchar
        case .date: self = .date
        case .timestamp: self = .timestamp
        default: self = .other(glue.description)
        }
    }
}
