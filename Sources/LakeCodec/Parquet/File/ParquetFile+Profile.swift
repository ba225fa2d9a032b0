/// `lakectl profile`: every value of the selected columns decoded, one column chunk at a time per worker.
extension ParquetFile {
    /// Profiles of the leaf columns under `fields`, in schema order.
    ///
    /// The unit of work is one column chunk (a leaf in one row group): each is decoded and profiled on its
    /// own, a part at a time (`profileChunk`), then the chunk profiles of a leaf are merged in row-group
    /// order. With `threads` > 1 the chunks are spread over the workers, so a file with few columns but
    /// several row groups still uses every thread; each worker holds one window of a chunk's stored bytes
    /// (see `PageIterator`) and one decoded part. The merge order does not depend on `threads`, so every
    /// thread count gives the same profiles, means included.
    package func profile(fields: [SchemaNode], verifyChecksums: Bool = false, threads: Int = 1) throws
        -> [ColumnProfile]
    {
        let leaves = fields.flatMap(\.leafIndices)
        let groups = rowGroupCount
        // Costliest chunks first, by their uncompressed size: a file's string column can hold most of its
        // bytes, and started last it would leave one worker decoding it alone.
        let cost = { (t: Int) -> Int in
            Int(
                clamping: metadata.rowGroups[t % groups].columns[leaves[t / groups]].metaData?.totalUncompressedSize
                    ?? 0)
        }
        let chunks = try Parallel.map(leaves.count * groups, threads: threads, costliestFirst: cost) { t in
            let leaf = leaves[t / groups]
            var profiler = profiler(leaf)
            try profileChunk(t % groups, leaf: leaf, verifyChecksums: verifyChecksums, into: &profiler)
            return profiler
        }
        return leaves.indices.map { k in
            var merged = profiler(leaves[k])
            for g in 0..<groups { merged.merge(chunks[k * groups + g]) }
            return merged.finish()
        }
    }

    /// Adds the column chunk of leaf `leaf` in row group `group` to `profiler`, a part of at least
    /// `partSlots` values (whole pages) at a time: a chunk is never held decoded whole, and each part is profiled
    /// while its values are still in cache.
    func profileChunk(
        _ group: Int, leaf: Int, verifyChecksums: Bool, partSlots: Int = profilePartSlots,
        into profiler: inout ColumnProfiler
    ) throws {
        let (reader, g) = try chunkReader(
            group, leaf: leaf, verifyChecksums: verifyChecksums, keepsDictionaryIndices: profiler.takesDictionaryIndices
        )
        try reader.read(
            g.columns[leaf], file: file, dataEnd: footerStart, rowGroupRows: g.numRows,
            partSlots: partSlots
        ) { profiler.addPart($0) }
        profiler.endChunk()
    }

    /// Values per profiled part: 64K values of 8 bytes and their 4-byte levels (768 KB) fit a 1 MB L2 cache.
    static let profilePartSlots = 1 << 16

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
