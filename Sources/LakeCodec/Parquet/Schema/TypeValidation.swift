/// Rejects annotations that cannot apply to a leaf's physical type (LogicalTypes.md lists which physical
/// types each annotation may annotate). pyarrow and DuckDB reject these too, e.g. INT_8 on INT64.
enum TypeValidation {
    static func check(_ e: SchemaElement, type: PhysicalType) throws {
        func fail(_ annotation: String, _ allowed: String) -> CodecError {
            .corrupt(
                what: "schema element '\(e.name)'", offset: 0,
                reason: "\(annotation) can only annotate \(allowed), but the column is \(type.name)")
        }
        if let c = e.convertedType {
            switch c {
            case .int8, .int16, .int32, .uint8, .uint16, .uint32, .date, .timeMillis:
                if type != .int32 { throw fail(c.name, "INT32") }
            case .int64, .uint64, .timeMicros, .timestampMillis, .timestampMicros:
                if type != .int64 { throw fail(c.name, "INT64") }
            case .utf8, .enumeration, .json, .bson:
                if type != .byteArray && type != .fixedLenByteArray { throw fail(c.name, "BYTE_ARRAY") }
            case .decimal:
                if ![.int32, .int64, .byteArray, .fixedLenByteArray].contains(type) {
                    throw fail(c.name, "INT32, INT64, BYTE_ARRAY or FIXED_LEN_BYTE_ARRAY")
                }
            case .interval:
                if type != .fixedLenByteArray || e.typeLength != 12 { throw fail(c.name, "FIXED_LEN_BYTE_ARRAY(12)") }
            case .map, .mapKeyValue, .list: break
            }
        }
        if let l = e.logicalType {
            switch l {
            case .date: if type != .int32 { throw fail("DATE", "INT32") }
            case .integer(let w, _):
                if w == 64 {
                    if type != .int64 { throw fail("INT(64)", "INT64") }
                } else if type != .int32 {
                    throw fail("INT(\(w))", "INT32")
                }
            case .uuid:
                if type != .fixedLenByteArray || e.typeLength != 16 { throw fail("UUID", "FIXED_LEN_BYTE_ARRAY(16)") }
            case .float16:
                if type != .fixedLenByteArray || e.typeLength != 2 { throw fail("FLOAT16", "FIXED_LEN_BYTE_ARRAY(2)") }
            case .timestamp: if type != .int64 { throw fail("TIMESTAMP", "INT64") }
            case .time(_, let unit):
                if unit == .millis, type != .int32 { throw fail("TIME(MILLIS)", "INT32") }
                if unit != .millis, type != .int64 { throw fail("TIME(\(unit.name))", "INT64") }
            default: break
            }
        }
    }
}
