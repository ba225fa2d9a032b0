/// Reads one column chunk: its pages in order (dictionary page first), decompressing each page and
/// decoding levels and values in bulk into a `ColumnBatch`. See parquet.thrift `PageHeader`,
/// `DataPageHeader`, `DataPageHeaderV2`, and the README "Data Pages" section for the page layout.
struct ColumnChunkReader {
    let descriptor: ColumnDescriptor
    var verifyChecksums = false
    /// Extra bytes to read past the declared chunk end: old parquet-mr versions wrote a
    /// `total_compressed_size` that leaves out the dictionary page header (Arrow reads up to 100 bytes more
    /// for files from writers without a version in `created_by`; see `ParquetFile.legacyChunkPadding`).
    var chunkPadding = 0
    /// Keep the values of dictionary-encoded pages as indices into the dictionary instead of expanding
    /// them (see `ColumnBatch.dictionaryIndices`): a profile of a string column then hashes and compares
    /// each distinct string once, and never copies the page's text.
    var keepsDictionaryIndices = false
    /// Bytes read from the file per refill of the chunk's window (see `PageIterator`).
    var windowSize = PageIterator.defaultWindowSize

    /// Largest column chunk accepted. Its bytes are read a window at a time, so this bounds no buffer;
    /// it is the limit an absurd size in a (damaged) footer meets.
    static let maxChunkSize = 2 << 30

    /// Decodes the chunk; with a `plan` (flat columns only), only the data pages it wants, and the batch
    /// then holds the rows of `plan.spans` (see `ColumnBatch.rowSpans`).
    func read(
        _ chunk: ColumnChunk, file: any ByteSource, dataEnd: Int, rowGroupRows: Int64, plan: PagePlan? = nil
    ) throws -> ColumnBatch {
        guard let (pages, meta) = try load(chunk, file: file, dataEnd: dataEnd, rowGroupRows: rowGroupRows)
        else { return ColumnBatch(descriptor: descriptor) }  // nothing stored; offsets may legitimately be 0
        return try decode(pages: pages, meta: meta, rowGroupRows: rowGroupRows, plan: plan)
    }

    /// As `read`, but hands the chunk to `body` in parts of whole pages, each of at least `partSlots` slots
    /// (the last may hold fewer), refilling one batch's storage: memory holds a part instead of the chunk,
    /// and `body` sees each value while it is still in cache. Every check `read` makes is made on the
    /// whole chunk; parts before a failing page have already been handed out when it throws. A part of a
    /// repeated column may end inside a record, which suits consumers that count values (the profiler).
    func read(
        _ chunk: ColumnChunk, file: any ByteSource, dataEnd: Int, rowGroupRows: Int64, partSlots: Int,
        _ body: (ColumnBatch) throws -> Void
    ) throws {
        guard let (pages, meta) = try load(chunk, file: file, dataEnd: dataEnd, rowGroupRows: rowGroupRows)
        else { return }
        try withoutActuallyEscaping(body) { body in
            _ = try decode(
                pages: pages, meta: meta, rowGroupRows: rowGroupRows, parts: (max(1, partSlots), body))
        }
    }

    /// The chunk's pages (dictionary page first), read from `file` as they are walked, and its metadata,
    /// after checking the metadata against the schema and the file; nil when the chunk stores nothing.
    private func load(_ chunk: ColumnChunk, file: any ByteSource, dataEnd: Int, rowGroupRows: Int64) throws
        -> (pages: PageIterator, meta: ColumnMetaData)?
    {
        let column = descriptor.dottedPath
        guard let meta = chunk.metaData else {
            throw CodecError.corrupt(
                what: "column chunk '\(column)'", offset: Int(chunk.fileOffset), reason: "has no ColumnMetaData")
        }
        guard meta.type == descriptor.physicalType else {
            throw CodecError.corrupt(
                what: "column chunk '\(column)'", offset: Int(meta.dataPageOffset),
                reason: "metadata type \(meta.type.name) differs from the schema type \(descriptor.physicalType.name)")
        }
        guard meta.numValues >= 0, meta.totalCompressedSize >= 0, meta.dataPageOffset >= 0 else {
            throw CodecError.corrupt(
                what: "column chunk '\(column)'", offset: Int(clamping: meta.dataPageOffset),
                reason: "negative offsets, sizes or value count in ColumnMetaData")
        }
        if meta.numValues == 0 && rowGroupRows == 0 { return nil }
        var start = Int(clamping: meta.dataPageOffset)
        if let d = meta.dictionaryPageOffset, d > 0, d < meta.dataPageOffset { start = Int(d) }
        let length = Int(clamping: meta.totalCompressedSize)
        guard length <= Self.maxChunkSize else {
            throw CodecError.limitExceeded(
                what: "column chunk size of '\(column)'", value: length, limit: Self.maxChunkSize)
        }
        guard start >= 4, start <= dataEnd, length <= dataEnd - start else {
            throw CodecError.corrupt(
                what: "column chunk '\(column)'", offset: start,
                reason: "byte range [\(start), \(start &+ length)) lies outside the data region [4, \(dataEnd))")
        }
        let padded = min(length + chunkPadding, dataEnd - start)
        return (PageIterator(source: file, offset: start, count: padded, column: column, windowSize: windowSize), meta)
    }

    /// `decode(pages:…)` over a chunk held in memory, `bytes[0]` at file offset `baseOffset`.
    func decode(
        bytes: [UInt8], baseOffset: Int, meta: ColumnMetaData, rowGroupRows: Int64, plan: PagePlan? = nil
    ) throws -> ColumnBatch {
        let pages = PageIterator(bytes: bytes, baseOffset: baseOffset, column: descriptor.dottedPath)
        return try decode(pages: pages, meta: meta, rowGroupRows: rowGroupRows, plan: plan)
    }

    /// Decodes the chunk whose pages `pages` walks. With `parts`, each time the batch
    /// holds at least `parts.slots` slots after a page it goes to `parts.body` and is emptied, the last part
    /// included, and the batch returned is empty; `plan` and `parts` do not go together.
    func decode(
        pages: PageIterator, meta: ColumnMetaData, rowGroupRows: Int64, plan: PagePlan? = nil,
        parts: (slots: Int, body: (ColumnBatch) throws -> Void)? = nil
    ) throws -> ColumnBatch {
        var pages = pages
        let baseOffset = pages.baseOffset
        let column = descriptor.dottedPath
        guard let codec = CompressionCodec(rawValue: meta.codec.rawValue) else {
            throw CodecError.unsupported(what: "compression codec \(meta.codec.rawValue) in column '\(column)'")
        }
        precondition(plan == nil || parts == nil, "a page plan is decoded whole")
        var batch = ColumnBatch(descriptor: descriptor)
        // Room for the whole chunk (or a part) up front, capped: the sizes come from the (untrusted) footer.
        let reserveValues = min(Int(clamping: meta.numValues), parts?.slots ?? Int.max, 1 << 24)
        let reserveBytes = Self.reserveBytes(meta: meta, values: reserveValues, isPart: parts != nil)
        batch.values.reserve(values: reserveValues, bytes: reserveBytes)
        if descriptor.maxDefinitionLevel > 0 { batch.definitionLevels.reserveCapacity(reserveValues) }
        if descriptor.maxRepetitionLevel > 0 { batch.repetitionLevels.reserveCapacity(reserveValues) }
        var dictionary: ColumnValues?
        var sawDataPage = false
        // One page buffer for the whole chunk: decompressing into it page after page neither reallocates
        // nor page-faults fresh memory (decoders copy what they keep out of it).
        var pageBuffer: [UInt8] = []
        let expected = plan?.spans.rowCount ?? Int(clamping: meta.numValues)
        if plan != nil && descriptor.maxRepetitionLevel > 0 {
            throw CodecError.unsupported(what: "decoding some pages of repeated column '\(column)'")
        }
        if descriptor.maxRepetitionLevel == 0, meta.numValues != rowGroupRows {
            throw CodecError.corrupt(
                what: "column chunk '\(column)'", offset: baseOffset,
                reason:
                    "declares \(meta.numValues) values but its row group has \(rowGroupRows) rows (a flat column has one per row)"
            )
        }
        // Data pages met so far; with a plan, the walk ends after the last page it wants.
        var dataPage = 0
        let lastPage = plan?.lastWanted ?? Int.max
        // Slots and rows of the parts already handed out.
        var partsSlots = 0, partsRows = 0
        while plan == nil ? partsSlots + batch.slotCount < expected : dataPage <= lastPage,
            let page = try pages.next()
        {
            if let parts, batch.slotCount >= parts.slots {
                try parts.body(batch)
                partsSlots += batch.slotCount
                partsRows += batch.rowCount
                batch.removeAllKeepingCapacity()
            }
            if verifyChecksums { try pages.verifyChecksum(page) }
            let h = page.header
            switch h.type {
            case .dictionaryPage:
                guard let dh = h.dictionaryPageHeader else {
                    throw CodecError.corrupt(
                        what: "dictionary page of '\(column)'", offset: page.fileOffset,
                        reason: "missing dictionary_page_header")
                }
                guard !sawDataPage, dictionary == nil else {
                    throw CodecError.corrupt(
                        what: "dictionary page of '\(column)'", offset: page.fileOffset,
                        reason: "a dictionary page must come first and only once")
                }
                guard dh.numValues >= 0 else {
                    throw CodecError.corrupt(
                        what: "dictionary page of '\(column)'", offset: page.fileOffset,
                        reason: "negative num_values \(dh.numValues)")
                }
                guard dh.encoding == .plain || dh.encoding == .plainDictionary else {
                    throw CodecError.unsupported(what: "\(dh.encoding.name) dictionary page in column '\(column)'")
                }
                let raw = try payload(page, pages: &pages, codec: codec)
                var c = ByteCursor(raw, baseOffset: page.fileOffset)
                var dict = ColumnValues.empty(for: descriptor.physicalType)
                try PageValueDecoder.decode(
                    &c, encoding: .plain, count: Int(dh.numValues), descriptor: descriptor, dictionary: nil, into: &dict
                )
                dictionary = dict
            case .dataPage:
                guard let dh = h.dataPageHeader else {
                    throw CodecError.corrupt(
                        what: "data page of '\(column)'", offset: page.fileOffset, reason: "missing data_page_header")
                }
                sawDataPage = true
                defer { dataPage += 1 }
                if let plan {
                    try plan.check(page, ordinal: dataPage, rows: Int(dh.numValues), column: column)
                    if !plan.wanted[dataPage] { continue }
                }
                try payload(page, pages: &pages, codec: codec, into: &pageBuffer)
                try decodeV1(
                    dh, pageBuffer, page: page, dictionary: dictionary, declared: expected - partsSlots, into: &batch)
            case .dataPageV2:
                guard let dh = h.dataPageHeaderV2 else {
                    throw CodecError.corrupt(
                        what: "data page v2 of '\(column)'", offset: page.fileOffset,
                        reason: "missing data_page_header_v2")
                }
                sawDataPage = true
                defer { dataPage += 1 }
                if let plan {
                    try plan.check(page, ordinal: dataPage, rows: Int(dh.numRows), column: column)
                    if !plan.wanted[dataPage] { continue }
                }
                try decodeV2(
                    dh, page: page, pages: &pages, codec: codec, dictionary: dictionary,
                    declared: expected - partsSlots, into: &batch, buffer: &pageBuffer)
            default:
                continue  // index pages and unknown page types carry no values
            }
        }
        guard partsSlots + batch.slotCount == expected else {
            throw CodecError.corrupt(
                what: "column chunk '\(column)'", offset: baseOffset,
                reason: "pages hold \(partsSlots + batch.slotCount) values but the metadata declares \(expected)")
        }
        let rows = partsRows + batch.rowCount
        if let plan {
            guard rows == plan.spans.rowCount else {
                throw CodecError.corrupt(
                    what: "column chunk '\(column)'", offset: baseOffset,
                    reason: "its decoded pages hold \(rows) rows but the offset index gives them \(plan.spans.rowCount)"
                )
            }
            batch.rowSpans = plan.spans
            batch.skippedPages = plan.skippedPages
            return batch
        }
        guard rows == rowGroupRows else {
            throw CodecError.corrupt(
                what: "column chunk '\(column)'", offset: baseOffset,
                reason: "holds \(rows) rows but its row group declares \(rowGroupRows)")
        }
        if let parts {
            if batch.slotCount > 0 || partsSlots == 0 { try parts.body(batch) }
            batch.removeAllKeepingCapacity()
        }
        return batch
    }

    /// Bytes to reserve for the values of the batch, or of one part of `values` values: the chunk's
    /// uncompressed bytes, or for a part its share of them with room for the page that ends it, so a part
    /// of strings is not grown (and copied) several times. Capped: the sizes come from the (untrusted)
    /// footer. `values` is at most 2^24 and the bytes per value are capped at the result's cap, 2^26, so
    /// the share cannot overflow.
    private static func reserveBytes(meta: ColumnMetaData, values: Int, isPart: Bool) -> Int {
        let bytes = max(0, Int(clamping: meta.totalUncompressedSize))
        guard isPart else { return min(bytes, 1 << 28) }
        let perValue = min(bytes / max(1, Int(clamping: meta.numValues)), 1 << 26)
        return min(bytes, max(1 << 20, perValue * (values + values / 2)), 1 << 26)
    }

    /// The page payload, decompressed when the chunk codec compresses it.
    private func payload(_ page: Page, pages: inout PageIterator, codec: CompressionCodec) throws -> [UInt8] {
        let slice = try pages.payload(page)
        if codec == .uncompressed { return Array(slice) }
        let out = try Decompressor.decompress(
            slice, codec: codec, uncompressedSize: Int(page.header.uncompressedPageSize))
        return out
    }

    /// As `payload(_:pages:codec:)`, into a reused `buffer`.
    private func payload(_ page: Page, pages: inout PageIterator, codec: CompressionCodec, into buffer: inout [UInt8])
        throws
    {
        let payload = try pages.payload(page)
        if codec == .uncompressed {
            buffer.removeAll(keepingCapacity: true)
            buffer.append(contentsOf: payload)
            return
        }
        try Decompressor.decompress(
            payload, codec: codec, uncompressedSize: Int(page.header.uncompressedPageSize), into: &buffer)
    }

    private static func bitWidth(_ maxLevel: Int) -> Int {
        var w = 0
        while (1 << w) <= maxLevel { w += 1 }
        return w
    }

    /// A page's value count must be non-negative and fit in what the chunk metadata declares is left, so
    /// a few bytes of RLE cannot make the reader allocate levels for more values than the chunk holds.
    private func checkCount(_ n: Int32, _ page: Page, alreadyRead: Int, declared: Int) throws -> Int {
        guard n >= 0 else {
            throw CodecError.corrupt(
                what: "data page of '\(descriptor.dottedPath)'", offset: page.fileOffset,
                reason: "negative num_values \(n)")
        }
        guard Int(n) <= declared - alreadyRead else {
            throw CodecError.corrupt(
                what: "data page of '\(descriptor.dottedPath)'", offset: page.fileOffset,
                reason: "holds \(n) values but the column chunk declares only \(declared - alreadyRead) more")
        }
        return Int(n)
    }

    private func decodeV1(
        _ h: DataPageHeader, _ raw: [UInt8], page: Page, dictionary: ColumnValues?, declared: Int,
        into batch: inout ColumnBatch
    ) throws {
        let n = try checkCount(h.numValues, page, alreadyRead: batch.slotCount, declared: declared)
        // A page of zero values may have an empty body: no level streams, no values.
        if n == 0 && raw.isEmpty { return }
        var c = ByteCursor(raw, baseOffset: page.fileOffset)
        if descriptor.maxRepetitionLevel > 0 {
            try decodeLevelsV1(
                &c, encoding: h.repetitionLevelEncoding, max: descriptor.maxRepetitionLevel, count: n,
                into: &batch.repetitionLevels, what: "repetition")
        }
        var nonNull = n
        if descriptor.maxDefinitionLevel > 0 {
            let before = batch.definitionLevels.count
            try decodeLevelsV1(
                &c, encoding: h.definitionLevelEncoding, max: descriptor.maxDefinitionLevel, count: n,
                into: &batch.definitionLevels, what: "definition")
            nonNull = countDefined(batch.definitionLevels, from: before)
        }
        try decodeValues(&c, encoding: h.encoding, count: nonNull, dictionary: dictionary, into: &batch)
        batch.slotCount += n
    }

    private func decodeLevelsV1(
        _ c: inout ByteCursor, encoding: Encoding, max: Int, count: Int, into out: inout [Int32], what: String
    ) throws {
        let width = Self.bitWidth(max)
        let before = out.count
        if encoding == .bitPacked {
            try BitPackedLevels.decode(&c, bitWidth: width, count: count, into: &out)
        } else {
            try LevelDecoder.decodeV1(&c, bitWidth: width, count: count, into: &out)
        }
        try checkLevels(out, from: before, count: count, max: max, what: what, offset: c.fileOffset)
    }

    private func checkLevels(_ levels: [Int32], from: Int, count: Int, max: Int, what: String, offset: Int) throws {
        guard levels.count - from == count else {
            throw CodecError.corrupt(
                what: "\(what) levels of '\(descriptor.dottedPath)'", offset: offset,
                reason: "decoded \(levels.count - from) levels, the page declares \(count)")
        }
        for i in from..<levels.count where levels[i] < 0 || levels[i] > max {
            throw CodecError.corrupt(
                what: "\(what) levels of '\(descriptor.dottedPath)'", offset: offset,
                reason: "level \(levels[i]) outside 0...\(max)")
        }
    }

    /// Levels from `from` on that are the maximum (a value is stored). Over raw memory without a branch
    /// per level, so the loop vectorises: it runs once per page over every slot.
    private func countDefined(_ levels: [Int32], from: Int) -> Int {
        let m = Int32(descriptor.maxDefinitionLevel)
        return levels.withUnsafeBufferPointer { all in
            guard from < all.count, let p = all.baseAddress else { return 0 }
            var n = 0
            for i in from..<all.count { n &+= Int(truncatingIfNeeded: Int32(bitPattern: p[i] == m ? 1 : 0)) }
            return n
        }
    }

    private func decodeV2(
        _ h: DataPageHeaderV2, page: Page, pages: inout PageIterator, codec: CompressionCodec,
        dictionary: ColumnValues?, declared: Int, into batch: inout ColumnBatch, buffer: inout [UInt8]
    ) throws {
        let n = try checkCount(h.numValues, page, alreadyRead: batch.slotCount, declared: declared)
        let repLen = Int(h.repetitionLevelsByteLength), defLen = Int(h.definitionLevelsByteLength)
        let payload = try pages.payloadRange(page)
        guard repLen >= 0, defLen >= 0, repLen <= payload.count, defLen <= payload.count - repLen else {
            throw CodecError.corrupt(
                what: "data page v2 of '\(descriptor.dottedPath)'", offset: page.fileOffset,
                reason: "level lengths \(repLen)+\(defLen) exceed the page size \(payload.count)")
        }
        let bytes = pages.bytes
        let levelStart = payload.lowerBound
        if descriptor.maxRepetitionLevel > 0 {
            let before = batch.repetitionLevels.count
            var d = try RLEBitPackedHybridDecoder(
                ByteCursor(bytes, start: levelStart, end: levelStart + repLen, baseOffset: 0),
                bitWidth: Self.bitWidth(descriptor.maxRepetitionLevel))
            try d.decode(count: n, into: &batch.repetitionLevels)
            try checkLevels(
                batch.repetitionLevels, from: before, count: n, max: descriptor.maxRepetitionLevel, what: "repetition",
                offset: page.fileOffset)
        }
        var nonNull = n
        if descriptor.maxDefinitionLevel > 0 {
            let before = batch.definitionLevels.count
            var d = try RLEBitPackedHybridDecoder(
                ByteCursor(bytes, start: levelStart + repLen, end: levelStart + repLen + defLen, baseOffset: 0),
                bitWidth: Self.bitWidth(descriptor.maxDefinitionLevel))
            try d.decode(count: n, into: &batch.definitionLevels)
            try checkLevels(
                batch.definitionLevels, from: before, count: n, max: descriptor.maxDefinitionLevel, what: "definition",
                offset: page.fileOffset)
            nonNull = countDefined(batch.definitionLevels, from: before)
        }
        let valuesRange = (levelStart + repLen + defLen)..<payload.upperBound
        if h.isCompressed && codec != .uncompressed {
            let size = Int(page.header.uncompressedPageSize) - repLen - defLen
            guard size >= 0 else {
                throw CodecError.corrupt(
                    what: "data page v2 of '\(descriptor.dottedPath)'", offset: page.fileOffset,
                    reason: "uncompressed size smaller than the level sections")
            }
            try Decompressor.decompress(bytes[valuesRange], codec: codec, uncompressedSize: size, into: &buffer)
        } else {
            buffer.removeAll(keepingCapacity: true)
            buffer.append(contentsOf: bytes[valuesRange])
        }
        var c = ByteCursor(buffer, baseOffset: page.fileOffset)
        try decodeValues(&c, encoding: h.encoding, count: nonNull, dictionary: dictionary, into: &batch)
        batch.slotCount += n
    }

    /// A page's values into `batch`: expanded into `batch.values`, or, when the reader keeps dictionary
    /// indices and the page is dictionary-encoded, as indices (each checked against the dictionary size).
    private func decodeValues(
        _ c: inout ByteCursor, encoding: Encoding, count: Int, dictionary: ColumnValues?, into batch: inout ColumnBatch
    ) throws {
        if keepsDictionaryIndices, encoding == .plainDictionary || encoding == .rleDictionary, let dictionary {
            try DictionaryIndexDecoder.decode(
                &c, count: count, dictionaryCount: dictionary.count, into: &batch.dictionaryIndices)
            batch.dictionary = dictionary
            return
        }
        try PageValueDecoder.decode(
            &c, encoding: encoding, count: count, descriptor: descriptor, dictionary: dictionary,
            into: &batch.values)
    }
}
