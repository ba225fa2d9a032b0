import LakeCodec

/// A Parquet object in S3 opened from its footer alone (the leading magic and the last 4 KiB, then the
/// rest of a larger footer), and read one row group at a time: `fetch` brings exactly the column chunks
/// a read needs before the codec decodes them from memory.
package struct RemoteParquetFile: Sendable {
    package let parquet: ParquetFile
    package let source: S3ByteSource

    /// Fetches the chunks of `fields` in `rowGroups` (all of them in parallel), dropping chunks held
    /// for earlier row groups so memory stays bounded by what is being read.
    package func fetch(rowGroups: [Int], fields: [SchemaNode]) async throws {
        try await fetch(rowGroups: rowGroups, leaves: fields.flatMap(\.leafIndices))
    }

    /// `fetch(rowGroups:fields:)` by leaf column index.
    package func fetch(rowGroups: [Int], leaves: [Int]) async throws {
        let ranges = rowGroups.flatMap { parquet.byteRanges(rowGroup: $0, leaves: leaves) }
        source.bytes.release(keeping: ranges)
        try await source.fetch(ranges)
    }

    package var stats: S3FetchStats { source.stats }

    static func open(_ source: S3ByteSource) async throws -> RemoteParquetFile {
        _ = try await fetchFooter(source)
        return RemoteParquetFile(parquet: try ParquetFile.open(source: source.bytes), source: source)
    }

    /// Fetches what opening reads: the leading magic and the file's end, then the rest of a footer larger
    /// than that. False (after the first fetch only) when the object does not start with `PAR1`.
    static func fetchFooter(_ source: S3ByteSource) async throws -> Bool {
        let size = source.bytes.size
        try await source.fetch(ParquetFile.openingRanges(size: size), coalescingGap: 0)
        let head = try source.bytes.read(offset: 0, count: min(4, size), what: "leading magic")
        guard head == Array("PAR1".utf8) else { return false }
        if size >= 12, let trailer = try? source.bytes.read(offset: size - 8, count: 8, what: "trailer"),
            let footer = ParquetFile.footerRange(size: size, trailer: trailer)
        {
            try await source.fetch([footer], coalescingGap: 0)
        }
        return true
    }
}
