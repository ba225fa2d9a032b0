/// Rebuilds the nested values of one top-level field, row by row, from the definition and repetition
/// levels of all its leaves (the Dremel record assembly; parquet-format README "Nested Encoding").
///
/// Top-down over the schema, with one cursor per leaf. The first leaf under a node stands for the node:
/// its definition level says whether the node is null (optional) or an empty list (repeated), and its next
/// repetition level whether a list continues. A null or empty node has exactly one level entry in every
/// leaf below it, so all of them advance together. Every entry is visited once: O(levels) per row group.
/// The result is raw (groups as structures, repeated nodes as lists); `LogicalShaper` applies LIST/MAP.
struct RecordAssembler {
    let field: SchemaNode
    private var cursors: [LeafCursor]
    private let base: Int

    init(field: SchemaNode, batches: [Int: ColumnBatch]) throws {
        self.field = field
        self.base = field.leafRange.lowerBound
        self.cursors = try field.leafRange.map { leaf in
            guard let b = batches[leaf] else {
                throw CodecError.corrupt(what: "record assembly", offset: 0, reason: "leaf column \(leaf) was not read")
            }
            return try LeafCursor(batch: b)
        }
    }

    mutating func nextRow() throws -> Value {
        for c in cursors {
            guard !c.isAtEnd else {
                throw CodecError.corrupt(what: "levels of column '\(c.column)'", offset: 0, reason: "fewer records than the row group declares")
            }
            guard c.repetition == 0 else {
                throw CodecError.corrupt(
                    what: "repetition levels of column '\(c.column)'", offset: 0,
                    reason: "a record starts with repetition level \(c.repetition) instead of 0")
            }
        }
        return try read(field)
    }

    private mutating func read(_ node: SchemaNode) throws -> Value {
        let k = node.leafRange.lowerBound - base
        guard k < cursors.count, !cursors[k].isAtEnd else {
            throw CodecError.corrupt(what: "levels of field '\(field.name)'", offset: 0, reason: "levels end inside a record")
        }
        let d = cursors[k].definition
        switch node.repetition {
        case .repeated:
            if d < node.maxDefinitionLevel {
                try skipAll(node, definition: d)
                return .list([])
            }
            var items: [Value] = []
            while true {
                items.append(try instance(node))
                guard !cursors[k].isAtEnd else { break }
                let r = cursors[k].repetition
                if r == node.maxRepetitionLevel { continue }
                if r > node.maxRepetitionLevel {
                    throw CodecError.corrupt(
                        what: "repetition levels of column '\(cursors[k].column)'", offset: 0,
                        reason: "level \(r) does not continue any open list")
                }
                break
            }
            return .list(items)
        case .optional:
            if d < node.maxDefinitionLevel {
                try skipAll(node, definition: d)
                return .null
            }
            return try instance(node)
        case .required:
            return try instance(node)
        }
    }

    private mutating func instance(_ node: SchemaNode) throws -> Value {
        if node.leafIndex != nil {
            return try cursors[node.leafRange.lowerBound - base].take()
        }
        var fields: [Value.Field] = []
        fields.reserveCapacity(node.children.count)
        for child in node.children {
            fields.append(Value.Field(child.name, try read(child)))
        }
        return .structure(fields)
    }

    /// Every leaf under a null or empty node holds one entry for it, with the same definition level.
    private mutating func skipAll(_ node: SchemaNode, definition d: Int) throws {
        for leaf in node.leafRange {
            let k = leaf - base
            guard !cursors[k].isAtEnd, cursors[k].definition == d else {
                throw CodecError.corrupt(
                    what: "levels of column '\(cursors[k].column)'", offset: 0,
                    reason: "sibling columns disagree on where '\(node.name)' is null or empty")
            }
            cursors[k].position += 1
        }
    }
}
