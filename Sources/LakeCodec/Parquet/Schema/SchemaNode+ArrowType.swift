/// The Arrow type a node reads as, spelled as Arrow prints types ("list<element: int32>"). Used by
/// `inspect` to show what a column holds and by the corpus tests to compare schemas with pyarrow.
extension SchemaNode {
    package var arrowType: String {
        if isRepeated {
            // A bare repeated field: a list of required elements.
            return "list<\(name): \(instanceArrowType) not null>"
        }
        return instanceArrowType
    }

    private func field(_ n: SchemaNode) -> String {
        n.name + ": " + n.arrowType + (n.repetition == .required ? " not null" : "")
    }

    private var instanceArrowType: String {
        if isLeaf { return leafArrowType }
        if children.count == 1, children[0].isRepeated, LogicalShaper.isMap(self), children[0].children.count >= 2 {
            let kv = children[0]
            let key = kv.children.first.map(\.arrowType) ?? "null"
            let value = kv.children.count > 1 ? kv.children[1].arrowType : "null"
            return "map<\(key), \(value) ('\(name)')>"
        }
        if children.count == 1, children[0].isRepeated, LogicalShaper.isList(self) || LogicalShaper.isMap(self) {
            let r = children[0]
            if LogicalShaper.repeatedChildIsElement(self, r) {
                return "list<\(r.name): \(r.instanceArrowType) not null>"
            }
            let e = r.children[0]
            return "list<\(e.name): \(e.arrowType)\(e.repetition == .required ? " not null" : "")>"
        }
        return "struct<" + children.map(field).joined(separator: ", ") + ">"
    }

    private var leafArrowType: String {
        guard let type = element.type else { return "null" }
        let e = element
        func unitName(_ u: TimeUnit) -> String { u == .millis ? "ms" : u == .micros ? "us" : "ns" }
        if case let .decimal(s, p)? = e.logicalType { return decimal(Int(p), Int(s)) }
        if e.convertedType == .decimal { return decimal(Int(e.precision ?? 0), Int(e.scale ?? 0)) }
        switch e.logicalType {
        case .null?: return "null"
        case .string?: return "string"
        case .enumeration?: return "binary"  // Arrow reads ENUM as binary
        case .json?: return "string"
        case .uuid?: return "fixed_size_binary[16]"
        case .float16?: return "halffloat"
        case .date?: return "date32[day]"
        case let .integer(w, signed)?: return (signed ? "int" : "uint") + String(w)
        case let .time(_, u)?: return u == .millis ? "time32[ms]" : "time64[\(unitName(u))]"
        case let .timestamp(utc, u)?: return "timestamp[\(unitName(u))\(utc ? ", tz=UTC" : "")]"
        default: break
        }
        switch e.convertedType {
        case .utf8?, .json?: return "string"
        case .enumeration?: return "binary"
        case .int8?: return "int8"
        case .int16?: return "int16"
        case .int32?: return "int32"
        case .int64?: return "int64"
        case .uint8?: return "uint8"
        case .uint16?: return "uint16"
        case .uint32?: return "uint32"
        case .uint64?: return "uint64"
        case .date?: return "date32[day]"
        case .timeMillis?: return "time32[ms]"
        case .timeMicros?: return "time64[us]"
        case .timestampMillis?: return "timestamp[ms, tz=UTC]"
        case .timestampMicros?: return "timestamp[us, tz=UTC]"
        default: break
        }
        switch type {
        case .boolean: return "bool"
        case .int32: return "int32"
        case .int64: return "int64"
        case .int96: return "timestamp[ns]"
        case .float: return "float"
        case .double: return "double"
        case .byteArray: return "binary"
        case .fixedLenByteArray: return "fixed_size_binary[\(e.typeLength ?? 0)]"
        }
    }

    private func decimal(_ p: Int, _ s: Int) -> String {
        p <= 38 ? "decimal128(\(p), \(s))" : "decimal256(\(p), \(s))"
    }
}
