/// Writes a Parquet file one row group at a time (parquet-format README "File Format": `PAR1`, column
/// chunks, Thrift compact `FileMetaData`, its 4-byte little-endian length, `PAR1`). Only the row group
/// being encoded is in memory; the footer collects the small per-chunk metadata.
///
/// The schema is the flat depth-first `SchemaElement` list, root first, as the footer stores it; each
/// `writeRowGroup` call passes one `ColumnBatch` per leaf in schema order. The output appears at `path`
/// only when `close()` succeeds (see `OutputFile`). A class because it owns the file; not `Sendable`.
package final class ParquetWriter {
    package let path: String
    package let options: ParquetWriterOptions
    let schema: ParquetSchema
    private let file: OutputFile
    private var metadata = FileMetaData()
    private let chunkWriter: ColumnChunkWriter
    package private(set) var rowsWritten: Int64 = 0

    package init(
        path: String, schema elements: [SchemaElement], options: ParquetWriterOptions = ParquetWriterOptions(),
        keyValueMetadata: [KeyValue] = []
    ) throws {
        self.path = path
        self.options = options
        schema = try ParquetSchema(elements: elements)
        file = try OutputFile(path: path)
        chunkWriter = ColumnChunkWriter(options: options)
        metadata.version = 1
        metadata.schema = elements
        metadata.createdBy = options.createdBy
        metadata.keyValueMetadata = keyValueMetadata
        try file.write(Array("PAR1".utf8))
    }

    /// The leaves of the schema, in the order `writeRowGroup` expects their batches.
    package var columns: [ColumnDescriptor] { schema.columns }

    /// Encodes and writes one row group of `rowCount` rows. Its column chunks are encoded on
    /// `options.threads` threads, each as if it started the file, then placed at their offsets in order.
    func writeRowGroup(_ columns: consuming [ColumnBatch], rowCount: Int) throws {
        try writeRowGroup(RowGroupBatches(consume columns), rowCount: rowCount)
    }

    /// `writeRowGroup`, each batch released once its chunk is encoded.
    func writeRowGroup(_ columns: RowGroupBatches, rowCount: Int) throws {
        guard columns.count == schema.columns.count else {
            throw CodecError.unsupported(
                what: "a row group of \(columns.count) columns for a schema of \(schema.columns.count) leaves")
        }
        for (k, d) in columns.descriptors.enumerated() where d.path != schema.columns[k].path {
            throw CodecError.unsupported(
                what: "column \(k) is '\(d.dottedPath)', the schema expects '\(schema.columns[k].dottedPath)'")
        }
        var group = RowGroup()
        group.numRows = Int64(rowCount)
        group.fileOffset = file.offset
        group.ordinal = Int16(truncatingIfNeeded: metadata.rowGroups.count)
        let start = file.offset
        func place(_ chunk: ColumnChunkWriter.Encoded) throws {
            group.columns.append(chunk.chunk.moved(by: file.offset))
            for page in chunk.pages { try file.write(page) }
            group.totalByteSize += chunk.uncompressedSize
        }
        let chunkWriter = self.chunkWriter
        if options.threads <= 1 {
            // One chunk's encoded bytes in memory at a time.
            for k in 0..<columns.count { try place(try chunkWriter.encode(columns.take(k), at: 0)) }
        } else {
            let encoded = try Parallel.map(columns.count, threads: options.threads) {
                try chunkWriter.encode(columns.take($0), at: 0)
            }
            for chunk in encoded { try place(chunk) }
        }
        group.totalCompressedSize = file.offset - start
        metadata.rowGroups.append(group)
        rowsWritten += Int64(rowCount)
    }

    /// Writes the footer and moves the file into place.
    package func close() throws {
        metadata.numRows = rowsWritten
        let footer = metadata.thriftBytes(leafCount: schema.columns.count)
        var tail = footer
        withUnsafeBytes(of: UInt32(truncatingIfNeeded: footer.count).littleEndian) { tail.append(contentsOf: $0) }
        tail.append(contentsOf: Array("PAR1".utf8))
        try file.write(tail)
        try file.commit()
    }

    /// Drops the partial output.
    package func abort() { file.discard() }
}
