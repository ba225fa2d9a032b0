/// Reading position in one leaf column's levels and values during record assembly.
struct LeafCursor {
    let batch: ColumnBatch
    let converter: LeafConverter
    var position = 0
    var valueIndex = 0

    init(batch: ColumnBatch) throws {
        self.batch = batch
        self.converter = try LeafConverter(descriptor: batch.descriptor, values: batch.values)
    }

    var column: String { batch.descriptor.dottedPath }
    var isAtEnd: Bool { position >= batch.slotCount }

    var definition: Int {
        batch.descriptor.maxDefinitionLevel == 0 ? 0 : Int(batch.definitionLevels[position])
    }

    var repetition: Int {
        batch.descriptor.maxRepetitionLevel == 0 ? 0 : Int(batch.repetitionLevels[position])
    }

    /// Takes the next value (the current slot is defined down to the leaf).
    mutating func take() throws -> Value {
        guard valueIndex < batch.values.count else {
            throw CodecError.corrupt(
                what: "values of column '\(column)'", offset: 0,
                reason: "the definition levels call for more than the \(batch.values.count) values decoded")
        }
        let v = converter.value(at: valueIndex)
        valueIndex += 1
        position += 1
        return v
    }
}
