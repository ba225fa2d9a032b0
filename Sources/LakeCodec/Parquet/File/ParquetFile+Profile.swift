/// `lakectl profile`: every value of the selected columns decoded, one row group at a time.
extension ParquetFile {
    /// Profiles of the leaf columns under `fields`, in schema order.
    package func profile(fields: [SchemaNode], verifyChecksums: Bool = false) throws -> [ColumnProfile] {
        let leaves = fields.flatMap(\.leafIndices)
        var profilers = leaves.map { leaf in
            ColumnProfiler(
                descriptor: schema.columns[leaf], arrowType: leafNode(leaf)?.arrowType ?? "?",
                elementLevel: elementLevel(leaf))
        }
        for g in 0..<rowGroupCount {
            let batch = try readRowGroup(g, leaves: leaves, verifyChecksums: verifyChecksums)
            for (k, leaf) in leaves.enumerated() {
                if let b = batch.columns[leaf] { profilers[k].add(b) }
            }
        }
        return profilers.map { $0.finish() }
    }

    /// The definition level of leaf `leaf`'s innermost repeated ancestor (or itself), 0 when none.
    func elementLevel(_ leaf: Int) -> Int {
        var node = schema.root
        var level = 0
        while true {
            if node.isRepeated { level = node.maxDefinitionLevel }
            if node.leafIndex == leaf { return level }
            guard let next = node.children.first(where: { $0.leafRange.contains(leaf) }) else { return level }
            node = next
        }
    }

    /// The schema node of leaf `leaf`.
    func leafNode(_ leaf: Int) -> SchemaNode? {
        var node = schema.root
        while node.leafIndex != leaf {
            guard let next = node.children.first(where: { $0.leafRange.contains(leaf) }) else { return nil }
            node = next
        }
        return node
    }
}
