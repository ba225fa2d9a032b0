/// One node of the schema tree rebuilt from the flat `SchemaElement` list: a group (with children) or a
/// primitive leaf. Levels follow the Dremel rules: every optional or repeated node on the path adds one
/// definition level, every repeated node one repetition level.
package struct SchemaNode: Sendable, Equatable {
    package var element: SchemaElement
    package var children: [SchemaNode]
    /// Dotted path from the root (the root itself has an empty path).
    package var path: [String]
    package var maxDefinitionLevel: Int
    package var maxRepetitionLevel: Int
    /// Index into `ParquetSchema.columns` for leaves.
    package var leafIndex: Int?
    /// The leaves below this node: contiguous, since leaves are numbered depth first.
    package var leafRange: Range<Int> = 0..<0

    package var name: String { element.name }
    package var isLeaf: Bool { element.type != nil && children.isEmpty && element.numChildren.map { $0 == 0 } ?? true }
    package var repetition: Repetition { element.repetition ?? .required }
    package var isRepeated: Bool { repetition == .repeated }

    /// Leaf indices of every leaf below (or at) this node, in schema order.
    package var leafIndices: [Int] { Array(leafRange) }
}
