/// The Glue (Hive) type a Parquet field reads as in Athena — what a Glue crawler writes for Parquet
/// data (https://docs.aws.amazon.com/athena/latest/ug/data-types.html). Nested fields follow the same
/// LIST/MAP backward-compatibility rules as `arrowType`, so a legacy two-level list is still
/// `array<…>`. Types Athena cannot express (TIME, INTERVAL, decimals beyond 38 digits) fall back to what
/// the physical value reads as, never to a type that would fail the query.
extension SchemaNode {
    package var glueType: String {
        if isRepeated { return "array<\(instanceGlueType)>" }
        return instanceGlueType
    }

    private var instanceGlueType: String {
        if isLeaf { return leafGlueType }
        if children.count == 1, children[0].isRepeated, LogicalShaper.isMap(self), children[0].children.count >= 2 {
            let kv = children[0]
            let key = kv.children.first.map(\.glueType) ?? "string"
            let value = kv.children.count > 1 ? kv.children[1].glueType : "string"
            return "map<\(key),\(value)>"
        }
        if children.count == 1, children[0].isRepeated, LogicalShaper.isList(self) || LogicalShaper.isMap(self) {
            let repeated = children[0]
            if LogicalShaper.repeatedChildIsElement(self, repeated) {
                return "array<\(repeated.instanceGlueType)>"
            }
            return "array<\(repeated.children[0].glueType)>"
        }
        return "struct<" + children.map { "\($0.name):\($0.glueType)" }.joined(separator: ",") + ">"
    }

    private var leafGlueType: String {
        guard let type = element.type else { return "string" }
        let e = element
        if case let .decimal(scale, precision)? = e.logicalType { return decimal(Int(precision), Int(scale)) }
        if e.convertedType == .decimal { return decimal(Int(e.precision ?? 0), Int(e.scale ?? 0)) }
        switch e.logicalType {
        case .null?: return "string"
        case .string?, .enumeration?, .json?: return "string"
        case .uuid?: return "binary"
        case .float16?: return "float"
        case .date?: return "date"
        case .timestamp?: return "timestamp"
        case let .integer(width, signed)?: return integer(bits: Int(width), signed: signed)
        default: break
        }
        switch e.convertedType {
        case .utf8?, .json?, .enumeration?: return "string"
        case .int8?: return "tinyint"
        case .int16?: return "smallint"
        case .int32?: return "int"
        case .int64?: return "bigint"
        case .uint8?: return "smallint"
        case .uint16?: return "int"
        case .uint32?: return "bigint"
        case .uint64?: return "decimal(20,0)"
        case .date?: return "date"
        case .timestampMillis?, .timestampMicros?: return "timestamp"
        default: break
        }
        switch type {
        case .boolean: return "boolean"
        case .int32: return "int"
        case .int64: return "bigint"
        case .int96: return "timestamp"
        case .float: return "float"
        case .double: return "double"
        case .byteArray, .fixedLenByteArray: return "binary"
        }
    }

    /// Unsigned values need the next wider signed type to fit; 64-bit unsigned needs decimal(20,0).
    private func integer(bits: Int, signed: Bool) -> String {
        switch (bits, signed) {
        case (8, true): return "tinyint"
        case (16, true), (8, false): return "smallint"
        case (32, true), (16, false): return "int"
        case (64, true), (32, false): return "bigint"
        case (64, false): return "decimal(20,0)"
        default: return "bigint"
        }
    }

    /// Athena's decimal stops at 38 digits; wider ones (RDS writes them as strings anyway) read as string.
    private func decimal(_ precision: Int, _ scale: Int) -> String {
        precision >= 1 && precision <= 38 ? "decimal(\(precision),\(scale))" : "string"
    }
}
