/// Reading rows: selected top-level fields, one row group at a time.
extension ParquetFile {
    /// The top-level fields to read: all of them, or those named (in the order given).
    package func selectFields(_ names: [String]?) throws -> [SchemaNode] {
        guard let names, !names.isEmpty else { return schema.root.children }
        return try names.map { name in
            guard let node = schema.field(named: name) else {
                let known = schema.root.children.map(\.name).joined(separator: ", ")
                throw CodecError.unsupported(what: "no column named '\(name)' in \(path) (columns: \(known))")
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
            columns[leaf] = try reader.read(group.columns[leaf], file: file, dataEnd: footerStart, rowGroupRows: group.numRows)
        }
        return RecordBatch(rowCount: Int(group.numRows), columns: columns)
    }

    /// Rows of row group `index`, each with one value per field of `fields`, in that order.
    package func readRows(rowGroup index: Int, fields: [SchemaNode], verifyChecksums: Bool = false) throws -> [[Value]] {
        let leaves = fields.flatMap(\.leafIndices)
        let batch = try readRowGroup(index, leaves: leaves, verifyChecksums: verifyChecksums)
        var columnsOut: [[Value]] = []
        for field in fields {
            columnsOut.append(try assemble(field, batch))
        }
        var rows: [[Value]] = []
        rows.reserveCapacity(batch.rowCount)
        for r in 0..<batch.rowCount { rows.append(columnsOut.map { $0[r] }) }
        return rows
    }

    /// All rows of one top-level field.
    private func assemble(_ field: SchemaNode, _ batch: RecordBatch) throws -> [Value] {
        let n = batch.rowCount
        if let leaf = field.leafIndex, !field.isRepeated, let column = batch.columns[leaf] {
            // Flat column: definition level says null or not; no assembly needed.
            let conv = try LeafConverter(descriptor: column.descriptor, values: column.values)
            var out: [Value] = []
            out.reserveCapacity(n)
            if column.descriptor.maxDefinitionLevel == 0 {
                for i in 0..<column.values.count { out.append(conv.value(at: i)) }
            } else {
                var vi = 0
                let maxDef = Int32(column.descriptor.maxDefinitionLevel)
                for d in column.definitionLevels {
                    if d == maxDef {
                        out.append(conv.value(at: vi))
                        vi += 1
                    } else {
                        out.append(.null)
                    }
                }
            }
            return out
        }
        var assembler = try RecordAssembler(field: field, batches: batch.columns)
        var out: [Value] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(LogicalShaper.shape(try assembler.nextRow(), field)) }
        return out
    }
}
