/// `lakectl profile`: every value of the selected columns decoded, one row group at a time.
extension ParquetFile {
    /// Profiles of the leaf columns under `fields`, in schema order.
    ///
    /// The unit of work is one column chunk (a leaf in one row group): each is decoded and profiled on its
    /// own, then the chunk profiles of a leaf are merged in row-group order. With `threads` > 1 the chunks
    /// are spread over the workers, so a file with few columns but several row groups still uses every
    /// thread, and at most `threads` chunks are in memory. The merge order does not depend on `threads`,
    /// so every thread count gives the same profiles, means included.
    package func profile(fields: [SchemaNode], verifyChecksums: Bool = false, threads: Int = 1) throws
        -> [ColumnProfile]
    {
        let leaves = fields.flatMap(\.leafIndices)
        let groups = rowGroupCount
        let chunks = try Parallel.map(leaves.count * groups, threads: threads) { t in
            let leaf = leaves[t / groups]
            var profiler = profiler(leaf)
            profiler.add(
                try decodeChunk(
                    t % groups, leaf: leaf, verifyChecksums: verifyChecksums,
                    keepsDictionaryIndices: profiler.takesDictionaryIndices))
            return profiler
        }
        return leaves.indices.map { k in
            var merged = profiler(leaves[k])
            for g in 0..<groups { merged.merge(chunks[k * groups + g]) }
            return merged.finish()
        }
    }

    /// An empty profiler for leaf `leaf`.
    private func profiler(_ leaf: Int) -> ColumnProfiler {
        ColumnProfiler(
            descriptor: schema.columns[leaf], arrowType: leafNode(leaf)?.arrowType ?? "?",
            elementLevel: elementLevel(leaf))
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
