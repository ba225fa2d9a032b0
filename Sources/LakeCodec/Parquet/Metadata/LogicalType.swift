/// Time unit of TIME and TIMESTAMP logical types (parquet.thrift `TimeUnit`).
package enum TimeUnit: Sendable, Equatable {
    case millis, micros, nanos

    package var name: String {
        switch self {
        case .millis: "MILLIS"
        case .micros: "MICROS"
        case .nanos: "NANOS"
        }
    }
}

/// parquet.thrift `LogicalType` union (LogicalTypes.md). `unknownAnnotation` keeps an id this reader does
/// not know, so the column falls back to its physical type instead of failing the file.
package enum LogicalType: Sendable, Equatable {
    case string, map, list, enumeration
    case decimal(scale: Int32, precision: Int32)
    case date
    case time(utc: Bool, unit: TimeUnit)
    case timestamp(utc: Bool, unit: TimeUnit)
    case integer(bitWidth: Int8, signed: Bool)
    case null  // "UNKNOWN" in parquet.thrift: always-null column
    case json, bson, uuid, float16
    case variant(version: Int8?)
    case geometry(crs: String?)
    case geography(crs: String?, algorithm: Int32?)
    case unknownAnnotation(id: Int16)

    package var description: String {
        switch self {
        case .string: "STRING"
        case .map: "MAP"
        case .list: "LIST"
        case .enumeration: "ENUM"
        case let .decimal(s, p): "DECIMAL(\(p),\(s))"
        case .date: "DATE"
        case let .time(utc, unit): "TIME(\(unit.name),utc=\(utc))"
        case let .timestamp(utc, unit): "TIMESTAMP(\(unit.name),utc=\(utc))"
        case let .integer(w, s): "INT(\(w),\(s ? "signed" : "unsigned"))"
        case .null: "NULL"
        case .json: "JSON"
        case .bson: "BSON"
        case .uuid: "UUID"
        case .float16: "FLOAT16"
        case .variant: "VARIANT"
        case let .geometry(crs): crs.map { "GEOMETRY(\($0))" } ?? "GEOMETRY"
        case let .geography(crs, _): crs.map { "GEOGRAPHY(\($0))" } ?? "GEOGRAPHY"
        case let .unknownAnnotation(id): "UNKNOWN_LOGICAL_TYPE(\(id))"
        }
    }
}

extension LogicalType {
    init(thrift r: inout ThriftCompactReader) throws {
        var result: LogicalType?
        try r.readStruct { r, f in
            guard result == nil else { try r.skip(f); return }
            switch f.id {
            case 1: try r.skip(f); result = .string
            case 2: try r.skip(f); result = .map
            case 3: try r.skip(f); result = .list
            case 4: try r.skip(f); result = .enumeration
            case 5:
                var scale: Int32 = 0, precision: Int32 = 0
                try r.readStruct(f, "DECIMAL") { r in
                    try r.readStruct { r, g in
                        switch g.id {
                        case 1: scale = try r.readI32(g, "DecimalType.scale")
                        case 2: precision = try r.readI32(g, "DecimalType.precision")
                        default: try r.skip(g)
                        }
                    }
                }
                result = .decimal(scale: scale, precision: precision)
            case 6: try r.skip(f); result = .date
            case 7, 8:
                var utc = false
                var unit = TimeUnit.millis
                try r.readStruct(f, f.id == 7 ? "TIME" : "TIMESTAMP") { r in
                    try r.readStruct { r, g in
                        switch g.id {
                        case 1: utc = try r.readBool(g, "isAdjustedToUTC")
                        case 2: unit = try Self.readUnit(&r, g)
                        default: try r.skip(g)
                        }
                    }
                }
                result = f.id == 7 ? .time(utc: utc, unit: unit) : .timestamp(utc: utc, unit: unit)
            case 10:
                var width: Int8 = 0, signed = true
                try r.readStruct(f, "INTEGER") { r in
                    try r.readStruct { r, g in
                        switch g.id {
                        case 1:
                            let w = try r.readI32(g, "IntType.bitWidth")
                            width = Int8(truncatingIfNeeded: w)
                        case 2: signed = try r.readBool(g, "IntType.isSigned")
                        default: try r.skip(g)
                        }
                    }
                }
                result = .integer(bitWidth: width, signed: signed)
            case 11: try r.skip(f); result = .null
            case 12: try r.skip(f); result = .json
            case 13: try r.skip(f); result = .bson
            case 14: try r.skip(f); result = .uuid
            case 15: try r.skip(f); result = .float16
            case 16:
                var version: Int8?
                try r.readStruct(f, "VARIANT") { r in
                    try r.readStruct { r, g in
                        if g.id == 1 {
                            version = Int8(truncatingIfNeeded: try r.readI32(g, "VariantType.specification_version"))
                        } else {
                            try r.skip(g)
                        }
                    }
                }
                result = .variant(version: version)
            case 17:
                var crs: String?
                try r.readStruct(f, "GEOMETRY") { r in
                    try r.readStruct { r, g in
                        if g.id == 1 { crs = try r.readString(g, "GeometryType.crs") } else { try r.skip(g) }
                    }
                }
                result = .geometry(crs: crs)
            case 18:
                var crs: String?, algorithm: Int32?
                try r.readStruct(f, "GEOGRAPHY") { r in
                    try r.readStruct { r, g in
                        switch g.id {
                        case 1: crs = try r.readString(g, "GeographyType.crs")
                        case 2: algorithm = try r.readI32(g, "GeographyType.algorithm")
                        default: try r.skip(g)
                        }
                    }
                }
                result = .geography(crs: crs, algorithm: algorithm)
            default:
                try r.skip(f)
                result = .unknownAnnotation(id: f.id)
            }
        }
        self = result ?? .unknownAnnotation(id: 0)
    }

    private static func readUnit(_ r: inout ThriftCompactReader, _ f: ThriftField) throws -> TimeUnit {
        var unit = TimeUnit.millis
        try r.readStruct(f, "TimeUnit") { r in
            try r.readStruct { r, g in
                switch g.id {
                case 1: unit = .millis
                case 2: unit = .micros
                case 3: unit = .nanos
                default: break
                }
                try r.skip(g)
            }
        }
        return unit
    }
}
