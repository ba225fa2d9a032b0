/// `lakectl profile`: every value of the selected columns decoded, one row group at a time.
extension ParquetFile {
    /// Profiles of the leaf columns under `fields`, in schema order.
    ///
    /// With `threads` > 1 each worker owns whole columns: it decodes that column's chunk in every row group
    /// and feeds its own profiler, so decoding and profiling both run in parallel with nothing shared and
    /// at most `threads` column chunks in memory.
    package func profile(fields: [SchemaNode], verifyChecksums: Bool = false, threads: Int = 1) throws
        -> [ColumnProfile]
    {
        let leaves = fields.flatMap(\.leafIndices)
        return try Parallel.map(leaves.count, threads: threads) { k in
            let leaf = leaves[k]
            var profiler = ColumnProfiler(
                descriptor: schema.columns[leaf], arrowType: leafNode(leaf)?.arrowType ?? "?",
                elementLevel: elementLevel(leaf))
            for g in 0..<rowGroupCount {
                profiler.add(try decodeChunk(g, leaf: leaf, verifyChecksums: verifyChecksums))
            }
            return profiler.finish()
        }
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
