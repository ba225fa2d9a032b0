import Testing

@testable import LakeCodec

/// A chunk read part by part (`ColumnChunkReader.read(_:…partSlots:_:)`, what `profile` reads) must hand
/// out exactly the chunk that `read` decodes whole, split at page boundaries, and fail where it fails.
@Suite struct ColumnChunkReaderPartsTests {
    /// The small corpus files and the larger ones with many pages to a chunk (tiny pages, long runs of
    /// nulls, dictionary and plain strings, gzip).
    static let files: [String] =
        ParquetFileScanTests.smallFiles + [
            "duckdb-parquet-testing/bug687_nulls.parquet",
            "duckdb-parquet-testing/candidate.parquet", "apache-parquet-testing/data/alltypes_tiny_pages.parquet",
            "duckdb-parquet-testing/issue_6013.parquet", "duckdb-parquet-testing/lineitem-top10000.gzip.parquet",
            "duckdb-parquet-testing/h2oai/h2oai_group_small.parquet",
        ]

    /// Every chunk of `files`, read whole and in parts of at least `partSlots` slots (Int.max: one part),
    /// with dictionary indices expanded and kept.
    @Test("parts put together are the whole chunk", arguments: [1, 1000, Int.max])
    func partsMakeTheChunk(partSlots: Int) throws {
        var counts = Counts()
        for path in Self.files {
            guard let file = try? ParquetFileScanTests.openCorpus(path) else { continue }
            try Self.compareChunks(of: file, partSlots: partSlots, path: path, &counts)
        }
        // Pinned: the chunks of `files`, each read with indices expanded and kept; those handed out in
        // more than one part, of a repeated column, and with dictionary indices kept.
        #expect(counts.compared == 6296 && counts.failedAlike == 30, "\(counts)")
        // Parts of Int.max slots: every chunk in one part.
        let (split, splitIndices) = [1: (38, 11), 1000: (34, 11), Int.max: (0, 0)][partSlots] ?? (-1, -1)
        #expect(counts.split == split && counts.splitIndices == splitIndices, "\(counts)")
    }

    /// The corpus has no repeated column stored in more than one page: a nested corpus file (248 leaves of
    /// lists, maps and structs) rewritten with pages of at most 50 slots gives them split over many parts,
    /// read here in parts of one page and of at least 1,000 slots (twenty pages).
    @Test("parts of repeated columns put together are the whole chunk")
    func repeatedPartsMakeTheChunk() throws {
        let tree = try TempTree()
        defer { tree.remove() }
        let files = try Self.nestedInSmallPages(tree)
        for partSlots in [1, 1000] {
            var counts = Counts()
            for file in files {
                try Self.compareChunks(of: file, partSlots: partSlots, path: file.path, &counts)
            }
            // Pinned: every chunk of the rewritten file with indices expanded and kept (2 × 248).
            #expect(counts.compared == 496 && counts.failedAlike == 0, "\(counts)")
            #expect([counts.split, counts.splitRepeated, counts.splitIndices] == [496, 466, 52], "\(counts)")
        }
    }

    /// A part reserves its share of the chunk's declared uncompressed size; the footer is untrusted, so a
    /// size that is absurd (the largest Int64, whose share overflowed), negative or zero
    /// must neither trap nor change what is read.
    @Test("an absurd uncompressed size in the footer reads the same parts", arguments: [Int64.max, -1, 0])
    func absurdUncompressedSize(declared: Int64) throws {
        let path = "duckdb-parquet-testing/lineitem-top10000.gzip.parquet"
        let file = try ParquetFileScanTests.openCorpus(path)
        var compared = 0
        for leaf in file.schema.columns.indices {
            let (reader, group) = try file.chunkReader(
                0, leaf: leaf, verifyChecksums: false, keepsDictionaryIndices: false)
            var chunk = group.columns[leaf]
            var meta = try #require(chunk.metaData)
            let honest = try Self.parts(reader, chunk, file, group)
            meta.totalUncompressedSize = declared
            chunk.metaData = meta
            let told = try Self.parts(reader, chunk, file, group)
            #expect(Self.same(honest, told), "leaf \(leaf)")
            compared += 1
        }
        #expect(compared == 16)
    }

    /// The chunk read in parts as `profile` reads it, put together.
    static func parts(_ reader: ColumnChunkReader, _ chunk: ColumnChunk, _ file: ParquetFile, _ group: RowGroup) throws
        -> ColumnBatch
    {
        var joined = ColumnBatch(descriptor: reader.descriptor)
        try reader.read(
            chunk, file: file.file, dataEnd: file.footerStart, rowGroupRows: group.numRows,
            partSlots: ParquetFile.profilePartSlots
        ) { try Self.append($0, to: &joined) }
        return joined
    }

    /// The nested corpus file rewritten into `tree` with data pages of at most 50 slots.
    static func nestedInSmallPages(_ tree: TempTree) throws -> [ParquetFile] {
        let source = try ParquetFileScanTests.openCorpus("duckdb-parquet-testing/malloy-smaller/tbl_.parquet")
        let small = tree.path("tbl_.parquet")
        try ParquetRewriter.rewrite(source, to: small, options: ParquetWriterOptions(pageSlots: 50))
        return [try ParquetFile.open(small)]
    }

    struct Counts: CustomStringConvertible {
        var compared = 0, failedAlike = 0, split = 0, splitRepeated = 0, splitIndices = 0
        var description: String {
            "compared \(compared), failed alike \(failedAlike), split \(split), repeated \(splitRepeated), "
                + "indices \(splitIndices)"
        }
    }

    /// Reads every chunk of `file` whole and in parts, with dictionary indices expanded and kept.
    static func compareChunks(of file: ParquetFile, partSlots: Int, path: String, _ counts: inout Counts) throws {
        for leaf in file.schema.columns.indices {
            for g in 0..<file.rowGroupCount {
                for keeps in [false, true] {
                    let whole = Result {
                        try file.decodeChunk(g, leaf: leaf, verifyChecksums: false, keepsDictionaryIndices: keeps)
                    }
                    var joined = ColumnBatch(descriptor: file.schema.columns[leaf])
                    var parts = 0
                    let streamed = Result {
                        let (reader, group) = try file.chunkReader(
                            g, leaf: leaf, verifyChecksums: false, keepsDictionaryIndices: keeps)
                        try reader.read(
                            group.columns[leaf], file: file.file, dataEnd: file.footerStart,
                            rowGroupRows: group.numRows, partSlots: partSlots
                        ) { part in
                            parts += 1
                            #expect(part.slotCount > 0 || parts == 1)
                            try Self.append(part, to: &joined)
                        }
                    }
                    switch (whole, streamed) {
                    case (.success(let w), .success):
                        #expect(Self.same(w, joined), "\(path) leaf \(leaf) group \(g) keeps \(keeps)")
                        counts.compared += 1
                        if parts > 1 {
                            counts.split += 1
                            if w.descriptor.maxRepetitionLevel > 0 { counts.splitRepeated += 1 }
                            if !w.dictionaryIndices.isEmpty { counts.splitIndices += 1 }
                        }
                    case (.failure, .failure):
                        counts.failedAlike += 1
                    default:
                        Issue.record("\(path) leaf \(leaf) group \(g): whole \(whole), parts \(streamed)")
                    }
                }
            }
        }
    }

    /// `part`'s contents appended to `batch`, its dictionary indices included.
    static func append(_ part: ColumnBatch, to batch: inout ColumnBatch) throws {
        try ParquetRewriter.append(part, to: &batch)
        batch.dictionaryIndices += part.dictionaryIndices
        if part.dictionary != nil { batch.dictionary = part.dictionary }
    }

    /// The same levels, values (NaNs compared by bit pattern), indices and dictionary.
    static func same(_ a: ColumnBatch, _ b: ColumnBatch) -> Bool {
        let values: Bool
        switch (a.values, b.values) {
        case (.float(let x), .float(let y)): values = x.map(\.bitPattern) == y.map(\.bitPattern)
        case (.double(let x), .double(let y)): values = x.map(\.bitPattern) == y.map(\.bitPattern)
        default: values = a.values == b.values
        }
        return values && a.definitionLevels == b.definitionLevels && a.repetitionLevels == b.repetitionLevels
            && a.slotCount == b.slotCount && a.dictionaryIndices == b.dictionaryIndices
            && (a.dictionaryIndices.isEmpty || a.dictionary.map(\.count) == b.dictionary.map(\.count))
    }
}
