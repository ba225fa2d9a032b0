/// Produces the values of one top-level field row by row: flat leaves straight from their levels and
/// values, nested fields through `RecordAssembler` and `LogicalShaper`.
struct FieldRowProducer {
    private let field: SchemaNode
    /// Flat leaf: its converter, definition levels and max level (0: required, no levels).
    private let flat: (converter: LeafConverter, levels: [Int32], maxDefinition: Int32)?
    private var assembler: RecordAssembler?
    private var row = 0
    private var valueIndex = 0

    init(field: SchemaNode, batch: RecordBatch) throws {
        self.field = field
        if let leaf = field.leafIndex, !field.isRepeated {
            guard let column = batch.columns[leaf] else {
                throw CodecError.corrupt(what: "row assembly", offset: 0, reason: "column '\(field.name)' was not read")
            }
            let converter = try LeafConverter(descriptor: column.descriptor, values: column.values)
            flat = (converter, column.definitionLevels, Int32(column.descriptor.maxDefinitionLevel))
            assembler = nil
        } else {
            flat = nil
            assembler = try RecordAssembler(field: field, batches: batch.columns)
        }
    }

    mutating func next() throws -> Value {
        defer { row += 1 }
        if let flat {
            guard flat.maxDefinition == 0 || flat.levels[row] == flat.maxDefinition else { return .null }
            guard valueIndex < flat.converter.values.count else {
                throw CodecError.corrupt(
                    what: "values of column '\(field.name)'", offset: 0, reason: "fewer values than the levels call for"
                )
            }
            valueIndex += 1
            return flat.converter.value(at: valueIndex - 1)
        }
        guard assembler != nil else {
            throw CodecError.corrupt(what: "column '\(field.name)'", offset: 0, reason: "no values were decoded for it")
        }
        return LogicalShaper.shape(try assembler?.nextRow() ?? .null, field)
    }
}
