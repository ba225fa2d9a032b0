/// The schema of a file: the tree of nodes and the flat list of leaf columns in file order (the order of
/// column chunks in every row group).
package struct ParquetSchema: Sendable, Equatable {
    package var root: SchemaNode
    package var columns: [ColumnDescriptor]

    /// Deepest nesting accepted; real schemas are a few levels deep, hostile ones could recurse forever.
    package static let maxDepth = 64

    /// Rebuilds the tree from the depth-first flat list (parquet.thrift: `num_children` of each group).
    package init(elements: [SchemaElement]) throws {
        guard let first = elements.first else {
            throw CodecError.corrupt(what: "schema", offset: 0, reason: "the schema has no root element")
        }
        var index = 1
        var columns: [ColumnDescriptor] = []
        var root = SchemaNode(
            element: first, children: [], path: [], maxDefinitionLevel: 0, maxRepetitionLevel: 0, leafIndex: nil)
        let rootChildren = Int(first.numChildren ?? 0)
        guard rootChildren >= 0, rootChildren <= elements.count - 1 else {
            throw CodecError.corrupt(
                what: "schema root", offset: 0,
                reason: "declares \(rootChildren) children but only \(elements.count - 1) elements follow")
        }
        for _ in 0..<rootChildren {
            root.children.append(
                try Self.build(elements, &index, parentPath: [], def: 0, rep: 0, depth: 1, columns: &columns))
        }
        root.leafRange = 0..<columns.count
        guard index == elements.count else {
            throw CodecError.corrupt(
                what: "schema", offset: 0,
                reason: "\(elements.count - index) schema elements are not reachable from the root")
        }
        self.root = root
        self.columns = columns
    }

    private static func build(
        _ elements: [SchemaElement], _ index: inout Int, parentPath: [String], def: Int, rep: Int, depth: Int,
        columns: inout [ColumnDescriptor]
    ) throws -> SchemaNode {
        guard depth <= maxDepth else {
            throw CodecError.limitExceeded(what: "schema nesting depth", value: depth, limit: maxDepth)
        }
        guard index < elements.count else {
            throw CodecError.corrupt(
                what: "schema", offset: 0, reason: "a group declares more children than the schema holds")
        }
        let e = elements[index]
        index += 1
        let repetition = e.repetition ?? .required
        let d = def + (repetition == .required ? 0 : 1)
        let r = rep + (repetition == .repeated ? 1 : 0)
        let path = parentPath + [e.name]
        var node = SchemaNode(
            element: e, children: [], path: path, maxDefinitionLevel: d, maxRepetitionLevel: r, leafIndex: nil)
        let firstLeaf = columns.count
        let n = Int(e.numChildren ?? 0)
        if n > 0 || e.type == nil {
            guard n >= 0, n <= elements.count - index else {
                throw CodecError.corrupt(
                    what: "schema element '\(e.name)'", offset: 0,
                    reason: "declares \(n) children but only \(elements.count - index) elements follow")
            }
            guard n > 0 else {
                throw CodecError.corrupt(
                    what: "schema element '\(e.name)'", offset: 0, reason: "has neither a physical type nor children")
            }
            for _ in 0..<n {
                node.children.append(
                    try build(elements, &index, parentPath: path, def: d, rep: r, depth: depth + 1, columns: &columns))
            }
        } else if let type = e.type {
            if type == .fixedLenByteArray, (e.typeLength ?? -1) < 0 {
                throw CodecError.corrupt(
                    what: "schema element '\(e.name)'", offset: 0,
                    reason: "FIXED_LEN_BYTE_ARRAY without a valid type_length")
            }
            try TypeValidation.check(e, type: type)
            node.leafIndex = columns.count
            columns.append(
                ColumnDescriptor(
                    path: path, element: e, physicalType: type, maxDefinitionLevel: d, maxRepetitionLevel: r))
        }
        node.leafRange = firstLeaf..<columns.count
        return node
    }

    /// Top-level field by name.
    package func field(named name: String) -> SchemaNode? { root.children.first { $0.name == name } }
}
