/// Rebuilds, for one leaf column, the nested value of every row from its definition and repetition
/// levels (the Dremel record assembly, parquet-format README "Nested Encoding"). Each leaf yields a raw
/// tree along its own path: groups become one-field structures, repeated nodes become lists. Sibling
/// leaves' trees are then merged (`ValueMerge`) and shaped into LIST/MAP values (`LogicalShaper`).
struct LeafAssembler {
    /// Schema nodes from the top-level field down to the leaf.
    let path: [SchemaNode]
    let batch: ColumnBatch
    let converter: LeafConverter
    private var position = 0
    private var valueIndex = 0

    init(path: [SchemaNode], batch: ColumnBatch) throws {
        self.path = path
        self.batch = batch
        self.converter = try LeafConverter(descriptor: batch.descriptor, values: batch.values)
    }

    private var column: String { batch.descriptor.dottedPath }

    /// Assembles the next row.
    mutating func nextRow() throws -> Value {
        guard position < batch.slotCount else {
            throw CodecError.corrupt(what: "levels of column '\(column)'", offset: 0, reason: "fewer rows than the row group declares")
        }
        if batch.descriptor.maxRepetitionLevel > 0, batch.repetitionLevels[position] != 0 {
            throw CodecError.corrupt(
                what: "repetition levels of column '\(column)'", offset: 0,
                reason: "a record starts with repetition level \(batch.repetitionLevels[position]) instead of 0")
        }
        return try read(0)
    }

    private func definition(_ p: Int) -> Int32 {
        batch.descriptor.maxDefinitionLevel == 0 ? 0 : batch.definitionLevels[p]
    }

    private mutating func read(_ i: Int) throws -> Value {
        let node = path[i]
        guard position < batch.slotCount else {
            throw CodecError.corrupt(what: "levels of column '\(column)'", offset: 0, reason: "levels end inside a record")
        }
        let d = Int(definition(position))
        switch node.repetition {
        case .repeated:
            if d < node.maxDefinitionLevel {
                position += 1
                return .list([])
            }
            var items: [Value] = []
            let level = Int32(node.maxRepetitionLevel)
            while true {
                items.append(try instance(i))
                guard position < batch.slotCount else { break }
                let r = batch.repetitionLevels[position]
                if r == level {
                    guard Int(definition(position)) >= node.maxDefinitionLevel else {
                        throw CodecError.corrupt(
                            what: "levels of column '\(column)'", offset: 0,
                            reason: "a list element continues with a definition level below the list's")
                    }
                    continue
                }
                if r > level {
                    throw CodecError.corrupt(
                        what: "repetition levels of column '\(column)'", offset: 0,
                        reason: "level \(r) does not continue any open list")
                }
                break
            }
            return .list(items)
        case .optional:
            if d < node.maxDefinitionLevel {
                position += 1
                return .null
            }
            return try instance(i)
        case .required:
            return try instance(i)
        }
    }

    private mutating func instance(_ i: Int) throws -> Value {
        if i == path.count - 1 {
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
        return .structure([Value.Field(path[i + 1].name, try read(i + 1))])
    }
}
