/// A Glue Data Catalog column type: the Hive type language Glue and Athena use in `Column.Type`
/// (https://docs.aws.amazon.com/athena/latest/ug/data-types.html). A value rather than a string so that
/// schemas from several files can be merged by rule (`merged(with:)`) and printed in one spelling.
package indirect enum GlueType: Sendable, Equatable, Hashable, CustomStringConvertible {
    case boolean
    case tinyint
    case smallint
    case int
    case bigint
    case float
    case double
    case decimal(precision: Int, scale: Int)
    case string
    case date
    case timestamp
    case binary
    case array(GlueType)
    case map(key: GlueType, value: GlueType)
    case structure([GlueField])

    /// The Hive spelling Glue's CreateTable API expects: `struct<a:int,b:array<string>>`, no spaces.
    package var description: String {
        switch self {
        case .boolean: return "boolean"
        case .tinyint: return "tinyint"
        case .smallint: return "smallint"
        case .int: return "int"
        case .bigint: return "bigint"
        case .float: return "float"
        case .double: return "double"
        case let .decimal(p, s): return "decimal(\(p),\(s))"
        case .string: return "string"
        case .date: return "date"
        case .timestamp: return "timestamp"
        case .binary: return "binary"
        case let .array(element): return "array<\(element)>"
        case let .map(key, value): return "map<\(key),\(value)>"
        case let .structure(fields):
            return "struct<" + fields.map { "\($0.name):\($0.type)" }.joined(separator: ",") + ">"
        }
    }

    /// Rank on the integer ladder tinyint < smallint < int < bigint, or nil for other types.
    var integerRank: Int? {
        switch self {
        case .tinyint: return 0
        case .smallint: return 1
        case .int: return 2
        case .bigint: return 3
        default: return nil
        }
    }

    /// Decimal digits the widest value of an integer type needs (for merging an integer into a decimal).
    var integerDigits: Int? {
        switch self {
        case .tinyint: return 3
        case .smallint: return 5
        case .int: return 10
        case .bigint: return 19
        default: return nil
        }
    }
}

/// One named column or struct field. Glue stores column names lower-cased (Hive names are
/// case-insensitive), so inference lower-cases them before they are compared or merged.
package struct GlueField: Sendable, Equatable, Hashable {
    package var name: String
    package var type: GlueType

    package init(name: String, type: GlueType) {
        self.name = name
        self.type = type
    }
}
