/// Reading rows: selected top-level fields, one row group at a time.
extension ParquetFile {
    /// The fields to read: all top-level fields, or those named (in the order given). A dotted name
    /// ("address.city") selects a nested field, as long as no list lies above it (it then has exactly one
    /// value per row).
    package func selectFields(_ names: [String]?) throws -> [SchemaNode] {
        guard let names, !names.isEmpty else { return schema.root.children }
        return try names.map { name in
            if let node = schema.field(named: name) { return node }
            var node = schema.root
            for part in name.split(separator: ".", omittingEmptySubsequences: false) {
                guard let child = node.children.first(where: { $0.name == part }) else {
                    let known = schema.root.children.map(\.name).joined(separator: ", ")
                    throw CodecError.unsupported(what: "no column named '\(name)' in \(path) (columns: \(known))")
                }
                if node.isRepeated {
                    throw CodecError.unsupported(
                        what:
                            "'\(name)' lies inside the repeated field '\(node.name)'; select '\(node.path.joined(separator: "."))' instead"
                    )
                }
                node = child
            }
            return node
        }
    }

    /// Writers that put no version in `created_by` (parquet-mr before 1.2.9 wrote just "parquet-mr") may
    /// under-count `total_compressed_size` by the dictionary page header; allow 100 bytes beyond it.
    var legacyChunkPadding: Int {
        guard let by = metadata.createdBy else { return 100 }
        return by.contains("version") ? 0 : 100
    }

    /// Decodes the given leaf columns of row group `index` (only those column chunks are read).
    func readRowGroup(_ index: Int, leaves: [Int], verifyChecksums: Bool = false) throws -> RecordBatch {
        guard index >= 0, index < metadata.rowGroups.count else {
            throw CodecError.unsupported(what: "row group \(index) (the file has \(metadata.rowGroups.count))")
        }
        let group = metadata.rowGroups[index]
        var columns: [Int: ColumnBatch] = [:]
        for leaf in leaves where columns[leaf] == nil {
            let reader = ColumnChunkReader(
                descriptor: schema.columns[leaf], verifyChecksums: verifyChecksums, chunkPadding: legacyChunkPadding)
            columns[leaf] = try reader.read(
                group.columns[leaf], file: file, dataEnd: footerStart, rowGroupRows: group.numRows)
        }
        return RecordBatch(rowCount: Int(group.numRows), columns: columns)
    }

    /// Rows of row group `index`, each with one value per field of `fields`, in that order.
    package func readRows(rowGroup index: Int, fields: [SchemaNode], verifyChecksums: Bool = false) throws -> [[Value]]
    {
        var rows: [[Value]] = []
        try forEachRowChunk(rowGroup: index, fields: fields, chunkSize: Int.max, verifyChecksums: verifyChecksums) {
            rows = $0
            return true
        }
        return rows
    }

    /// Calls `body` with the rows of row group `index` in chunks of at most `chunkSize` rows, so only the
    /// decoded columns of the row group and one chunk of row values are in memory at a time. `body`
    /// returns false to stop early (e.g. `--limit` reached).
    package func forEachRowChunk(
        rowGroup index: Int, fields: [SchemaNode], chunkSize: Int = 4096, verifyChecksums: Bool = false,
        _ body: ([[Value]]) throws -> Bool
    ) throws {
        let leaves = fields.flatMap(\.leafIndices)
        let batch = try readRowGroup(index, leaves: leaves, verifyChecksums: verifyChecksums)
        var producers = try fields.map { try FieldRowProducer(field: $0, batch: batch) }
        var done = 0
        let step = max(1, chunkSize)
        while done < batch.rowCount {
            let n = min(step, batch.rowCount - done)
            var rows = [[Value]](repeating: [], count: n)
            for r in 0..<n { rows[r].reserveCapacity(fields.count) }
            for k in producers.indices {
                for r in 0..<n { rows[r].append(try producers[k].next()) }
            }
            done += n
            if try !body(rows) { return }
        }
    }
}
