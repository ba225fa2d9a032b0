/// Rebuilds the nested values of one top-level field, row by row, from the definition and repetition
/// levels of all its leaves (the Dremel record assembly; parquet-format README "Nested Encoding").
///
/// Top-down over the schema, with one cursor per leaf. The first leaf under a node stands for the node:
/// its definition level says whether the node is null (optional) or an empty list (repeated), and its next
/// repetition level whether a list continues. A null or empty node has exactly one level entry in every
/// leaf below it, so all of them advance together. Every entry is visited once: O(levels) per row group.
/// The result is raw (groups as structures, repeated nodes as lists); `LogicalShaper` applies LIST/MAP.
struct RecordAssembler {
    /// The schema below the field, flattened so the recursion passes indices, not tree values.
    private struct PlanNode {
        var name: String
        var repetition: Repetition
        var maxDefinitionLevel: Int
        var maxRepetitionLevel: Int
        /// Cursor index of the first leaf below (the node's representative) and one past the last.
        var firstCursor: Int
        var endCursor: Int
        var isLeaf: Bool
        var children: [Int]
    }

    let field: SchemaNode
    private var cursors: [LeafCursor]
    private var plan: [PlanNode] = []

    init(field: SchemaNode, batches: [Int: ColumnBatch]) throws {
        self.field = field
        let base = field.leafRange.lowerBound
        self.cursors = try field.leafRange.map { leaf in
            guard let b = batches[leaf] else {
                throw CodecError.corrupt(what: "record assembly", offset: 0, reason: "leaf column \(leaf) was not read")
            }
            return try LeafCursor(batch: b)
        }
        _ = Self.flatten(field, base: base, into: &plan)
    }

    /// Appends `node` and its descendants depth first; returns the node's index.
    private static func flatten(_ node: SchemaNode, base: Int, into plan: inout [PlanNode]) -> Int {
        let index = plan.count
        plan.append(
            PlanNode(
                name: node.name, repetition: node.repetition, maxDefinitionLevel: node.maxDefinitionLevel,
                maxRepetitionLevel: node.maxRepetitionLevel, firstCursor: node.leafRange.lowerBound - base,
                endCursor: node.leafRange.upperBound - base, isLeaf: node.leafIndex != nil, children: []))
        var children: [Int] = []
        for c in node.children { children.append(flatten(c, base: base, into: &plan)) }
        plan[index].children = children
        return index
    }

    mutating func nextRow() throws -> Value {
        for c in cursors {
            guard !c.isAtEnd else {
                throw CodecError.corrupt(
                    what: "levels of column '\(c.column)'", offset: 0,
                    reason: "fewer records than the row group declares")
            }
            guard c.repetition == 0 else {
                throw CodecError.corrupt(
                    what: "repetition levels of column '\(c.column)'", offset: 0,
                    reason: "a record starts with repetition level \(c.repetition) instead of 0")
            }
        }
        return try read(0)
    }

    private mutating func read(_ n: Int) throws -> Value {
        let k = plan[n].firstCursor
        guard k < cursors.count, !cursors[k].isAtEnd else {
            throw CodecError.corrupt(
                what: "levels of field '\(field.name)'", offset: 0, reason: "levels end inside a record")
        }
        let d = cursors[k].definition
        let maxDef = plan[n].maxDefinitionLevel
        switch plan[n].repetition {
        case .repeated:
            if d < maxDef {
                try skipAll(n, definition: d)
                return .list([])
            }
            let level = plan[n].maxRepetitionLevel
            var items: [Value] = []
            while true {
                items.append(try instance(n))
                guard !cursors[k].isAtEnd else { break }
                let r = cursors[k].repetition
                if r == level { continue }
                if r > level {
                    throw CodecError.corrupt(
                        what: "repetition levels of column '\(cursors[k].column)'", offset: 0,
                        reason: "level \(r) does not continue any open list")
                }
                break
            }
            return .list(items)
        case .optional:
            if d < maxDef {
                try skipAll(n, definition: d)
                return .null
            }
            return try instance(n)
        case .required:
            // Only reachable for the root of a nested selection ("a.b") whose ancestor is null: below a
            // present parent a required node's definition level is always reached.
            if d < maxDef {
                try skipAll(n, definition: d)
                return .null
            }
            return try instance(n)
        }
    }

    private mutating func instance(_ n: Int) throws -> Value {
        if plan[n].isLeaf { return try cursors[plan[n].firstCursor].take() }
        let children = plan[n].children
        var fields: [Value.Field] = []
        fields.reserveCapacity(children.count)
        for c in children {
            fields.append(Value.Field(plan[c].name, try read(c)))
        }
        return .structure(fields)
    }

    /// Every leaf under a null or empty node holds one entry for it, with the same definition level.
    private mutating func skipAll(_ n: Int, definition d: Int) throws {
        for k in plan[n].firstCursor..<plan[n].endCursor {
            guard !cursors[k].isAtEnd, cursors[k].definition == d else {
                throw CodecError.corrupt(
                    what: "levels of column '\(cursors[k].column)'", offset: 0,
                    reason: "sibling columns disagree on where '\(plan[n].name)' is null or empty")
            }
            cursors[k].position += 1
        }
    }
}
