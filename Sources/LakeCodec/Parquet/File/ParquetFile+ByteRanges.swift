/// The byte ranges a reader needs, so a caller holding a file elsewhere (an S3 object) can fetch exactly
/// those before opening or reading: the footer first, then the column chunks of the selected columns.
extension ParquetFile {
    /// How much of a file's end to fetch on the first try: most footers are a few KiB, so one request
    /// usually brings the whole footer; a larger one takes a second request (`footerRange`).
    package static let footerGuess = 4 << 10

    /// What to fetch before opening a file of `size` bytes: the leading magic and the last
    /// `min(size, footerGuess)` bytes (one range when they touch).
    package static func openingRanges(size: Int, tailGuess: Int = footerGuess) -> [ByteRange] {
        let tail = min(size, max(8, tailGuess))
        return ByteRange.coalesce(
            [ByteRange(offset: 0, count: min(4, size)), ByteRange(offset: size - tail, count: tail)], gap: 0)
    }

    /// The footer and trailer of a file of `size` bytes whose last 8 bytes are `trailer`; nil when they
    /// are no Parquet trailer or the length does not fit (opening then reports exactly why).
    package static func footerRange(size: Int, trailer: [UInt8]) -> ByteRange? {
        guard trailer.count == 8, size >= 12 else { return nil }
        let length = Int(trailer[0]) | Int(trailer[1]) << 8 | Int(trailer[2]) << 16 | Int(trailer[3]) << 24
        guard length <= size - 12, length <= maxFooterSize else { return nil }
        return ByteRange(offset: size - 8 - length, count: length + 8)
    }

    /// The column chunks of `leaves` in row group `index`, as `readRowGroup` reads them (dictionary page
    /// first, legacy padding included, clipped to the data region), then their page indexes (column and
    /// offset index, a few bytes a page, which a filtered scan reads). Chunks whose metadata is unusable
    /// are left out: reading them fails with the reader's own error before any byte is read.
    package func byteRanges(rowGroup index: Int, leaves: [Int]) -> [ByteRange] {
        guard index >= 0, index < metadata.rowGroups.count else { return [] }
        let group = metadata.rowGroups[index]
        let indexes = Set(leaves).sorted().flatMap { leaf -> [ByteRange] in
            guard leaf >= 0, leaf < group.columns.count else { return [] }
            let chunk = group.columns[leaf]
            return [
                (chunk.columnIndexOffset, chunk.columnIndexLength), (chunk.offsetIndexOffset, chunk.offsetIndexLength),
            ].compactMap { offset, length in
                guard let offset, let length, offset >= 4, length > 0,
                    Int(clamping: offset) <= footerStart - Int(length)
                else { return nil }
                return ByteRange(offset: Int(offset), count: Int(length))
            }
        }
        return chunkRanges(group, leaves) + indexes
    }

    private func chunkRanges(_ group: RowGroup, _ leaves: [Int]) -> [ByteRange] {
        Set(leaves).sorted().compactMap { leaf in
            guard leaf >= 0, leaf < group.columns.count, let meta = group.columns[leaf].metaData,
                meta.dataPageOffset >= 0, meta.totalCompressedSize >= 0
            else { return nil }
            var start = Int(clamping: meta.dataPageOffset)
            if let d = meta.dictionaryPageOffset, d > 0, d < meta.dataPageOffset { start = Int(d) }
            let length = Int(clamping: meta.totalCompressedSize)
            guard start >= 4, start <= footerStart, length <= footerStart - start else { return nil }
            let padded = min(length + legacyChunkPadding, footerStart - start)
            return ByteRange(offset: start, count: padded)
        }
    }
}
