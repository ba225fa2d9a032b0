/// Parquet → Parquet (`lakectl convert a.parquet b.parquet`): every leaf of every row group is decoded
/// to its values and levels and re-encoded, so the schema (nested types and annotations included) is
/// kept exactly, while compression, encodings and row-group size follow the new options. One input row
/// group is in memory at a time.
package enum ParquetRewriter {
    /// Returns the number of rows written.
    @discardableResult
    package static func rewrite(_ input: ParquetFile, to path: String, options: ParquetWriterOptions) throws -> Int64 {
        let kept = input.metadata.keyValueMetadata
        let writer = try ParquetWriter(
            path: path, schema: input.metadata.schema, options: options, keyValueMetadata: kept)
        do {
            let leaves = Array(0..<input.schema.columns.count)
            var pending: [ColumnBatch]?
            var pendingRows = 0
            for g in 0..<input.rowGroupCount {
                let batch = try input.readRowGroup(g, leaves: leaves)
                var splitters = leaves.map {
                    ColumnBatchSplitter(batch.columns[$0] ?? ColumnBatch(descriptor: input.schema.columns[$0]))
                }
                var left = batch.rowCount
                while left > 0 {
                    let room = options.rowGroupRows - pendingRows
                    let n = min(room, left)
                    let parts = try splitters.indices.map { try splitters[$0].take(rows: n) }
                    if var p = pending {
                        for k in p.indices { try Self.append(parts[k], to: &p[k]) }
                        pending = p
                    } else {
                        pending = parts
                    }
                    pendingRows += n
                    left -= n
                    if pendingRows >= options.rowGroupRows, let p = pending {
                        try writer.writeRowGroup(p, rowCount: pendingRows)
                        pending = nil
                        pendingRows = 0
                    }
                }
            }
            if let p = pending, pendingRows > 0 { try writer.writeRowGroup(p, rowCount: pendingRows) }
            try writer.close()
            return writer.rowsWritten
        } catch {
            writer.abort()
            throw error
        }
    }

    /// Appends `part` to `batch` (same leaf): used when small input row groups merge into a larger one.
    static func append(_ part: ColumnBatch, to batch: inout ColumnBatch) throws {
        batch.definitionLevels += part.definitionLevels
        batch.repetitionLevels += part.repetitionLevels
        batch.slotCount += part.slotCount
        switch part.values {
        case .boolean(let a): try batch.values.withBooleans { $0 += a }
        case .int32(let a): try batch.values.withInt32s { $0 += a }
        case .int64(let a): try batch.values.withInt64s { $0 += a }
        case .int96(let a): try batch.values.withInt96s { $0 += a }
        case .float(let a): try batch.values.withFloats { $0 += a }
        case .double(let a): try batch.values.withDoubles { $0 += a }
        case .bytes(let a): try batch.values.withBytes { try $0.append(contentsOf: a) }
        }
    }
}
