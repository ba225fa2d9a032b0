/// What `lakectl inspect` shows: the footer in a presentation-neutral form.
extension ParquetFile {
    /// Rows as the row groups count them (some writers leave `FileMetaData.num_rows` at 0).
    package var rowCountFromRowGroups: Int64 {
        metadata.rowGroups.reduce(0) { $0 &+ $1.numRows }
    }

    package struct ChunkSummary: Sendable {
        package var path: String
        package var physicalType: String
        package var codec: String
        package var encodings: [String]
        package var compressedSize: Int64
        package var uncompressedSize: Int64
        package var valueCount: Int64
        package var nullCount: Int64?
        package var distinctCount: Int64?
        package var min: Value?
        package var max: Value?
        package var dataPageOffset: Int64
        package var dictionaryPageOffset: Int64?
        package var columnIndexOffset: Int64?
        package var offsetIndexOffset: Int64?
        package var bloomFilterOffset: Int64?
        package var encodingStats: [String]
        /// The deprecated `min`/`max` fields as written (signed byte order for binary; may be wrong for
        /// unsigned and string columns, which is why `min`/`max` above prefer `min_value`/`max_value`).
        package var legacyMin: Value?
        package var legacyMax: Value?
        package var isMinExact: Bool?
        package var isMaxExact: Bool?
        package var keyValueMetadata: [KeyValue]
        package var bloomFilterLength: Int32?
        package var columnIndexLength: Int32?
        package var offsetIndexLength: Int32?
    }

    /// Column chunk summaries of row group `index`.
    package func chunkSummaries(rowGroup index: Int) -> [ChunkSummary] {
        let group = metadata.rowGroups[index]
        return zip(group.columns, schema.columns).map { chunk, column in
            let m = chunk.metaData
            let stats = m?.statistics
            return ChunkSummary(
                path: column.dottedPath,
                physicalType: column.physicalType.name,
                codec: m?.codec.name ?? "?",
                encodings: m?.encodings.map(\.name) ?? [],
                compressedSize: m?.totalCompressedSize ?? 0,
                uncompressedSize: m?.totalUncompressedSize ?? 0,
                valueCount: m?.numValues ?? 0,
                nullCount: stats?.nullCount,
                distinctCount: stats?.distinctCount,
                min: stats?.minimum(for: column),
                max: stats?.maximum(for: column),
                dataPageOffset: m?.dataPageOffset ?? 0,
                dictionaryPageOffset: m?.dictionaryPageOffset,
                columnIndexOffset: chunk.columnIndexOffset,
                offsetIndexOffset: chunk.offsetIndexOffset,
                bloomFilterOffset: m?.bloomFilterOffset,
                encodingStats: (m?.encodingStats ?? []).map { "\($0.pageType.name) \($0.encoding.name) ×\($0.count)" },
                legacyMin: stats?.min.flatMap { Statistics.decode($0, column) },
                legacyMax: stats?.max.flatMap { Statistics.decode($0, column) },
                isMinExact: stats?.isMinValueExact,
                isMaxExact: stats?.isMaxValueExact,
                keyValueMetadata: m?.keyValueMetadata ?? [],
                bloomFilterLength: m?.bloomFilterLength,
                columnIndexLength: chunk.columnIndexLength,
                offsetIndexLength: chunk.offsetIndexLength)
        }
    }
}

extension SchemaNode {
    /// The Parquet annotation in schema-dump style: "STRING", "DECIMAL(10,2)", "LIST", or nil.
    package var annotation: String? {
        if let l = element.logicalType { return l.description }
        if let c = element.convertedType {
            if c == .decimal { return "DECIMAL(\(element.precision ?? 0),\(element.scale ?? 0))" }
            return c.name
        }
        return nil
    }

    /// The physical type text, with the width for FIXED_LEN_BYTE_ARRAY.
    package var physicalTypeText: String? {
        guard let t = element.type else { return nil }
        return t == .fixedLenByteArray ? "FIXED_LEN_BYTE_ARRAY(\(element.typeLength ?? 0))" : t.name
    }
}
