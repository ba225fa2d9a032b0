/// One entry of the flattened schema (parquet.thrift `SchemaElement`); the tree is rebuilt from
/// `numChildren` in depth-first order by `ParquetSchema`.
package struct SchemaElement: Sendable, Equatable {
    package var type: PhysicalType?
    package var typeLength: Int32?
    package var repetition: Repetition?
    package var name: String = ""
    package var numChildren: Int32?
    package var convertedType: ConvertedType?
    package var scale: Int32?
    package var precision: Int32?
    package var fieldID: Int32?
    package var logicalType: LogicalType?
}

extension SchemaElement {
    init(thrift r: inout ThriftCompactReader) throws {
        var e = SchemaElement()
        try r.readStruct { r, f in
            switch f.id {
            case 1:
                let raw = try r.readI32(f, "SchemaElement.type")
                guard let t = PhysicalType(rawValue: raw) else {
                    throw CodecError.corrupt(
                        what: "SchemaElement.type", offset: f.offset,
                        reason: "invalid physical column type \(raw) (expected 0...7)")
                }
                e.type = t
            case 2: e.typeLength = try r.readI32(f, "SchemaElement.type_length")
            case 3:
                let raw = try r.readI32(f, "SchemaElement.repetition_type")
                guard let rep = Repetition(rawValue: raw) else {
                    throw CodecError.corrupt(
                        what: "SchemaElement.repetition_type", offset: f.offset,
                        reason: "invalid repetition \(raw) (expected 0, 1 or 2)")
                }
                e.repetition = rep
            case 4: e.name = try r.readString(f, "SchemaElement.name")
            case 5: e.numChildren = try r.readI32(f, "SchemaElement.num_children")
            case 6:
                let raw = try r.readI32(f, "SchemaElement.converted_type")
                // Unknown converted types are ignored (the physical type still reads).
                e.convertedType = ConvertedType(rawValue: raw)
            case 7: e.scale = try r.readI32(f, "SchemaElement.scale")
            case 8: e.precision = try r.readI32(f, "SchemaElement.precision")
            case 9: e.fieldID = try r.readI32(f, "SchemaElement.field_id")
            case 10: e.logicalType = try r.readStruct(f, "SchemaElement.logicalType") { try LogicalType(thrift: &$0) }
            default: try r.skip(f)
            }
        }
        self = e
    }
}
