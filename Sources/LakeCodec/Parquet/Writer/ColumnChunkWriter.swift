/// Encodes one leaf column of one row group into a column chunk: an optional dictionary page, then data
/// pages v1 (parquet.thrift `DataPageHeader`): repetition levels, definition levels (each RLE with a
/// 4-byte length, Encodings.md "RLE"), then the values, the whole body compressed with the file's codec.
///
/// Pages hold about `pageBytes` of values and at most `pageSlots` level slots, and in repeated columns
/// start at a record boundary (repetition level 0), so every page holds whole rows as readers that
/// skip pages by row count expect.
struct ColumnChunkWriter {
    let options: ParquetWriterOptions

    /// A chunk's pages in file order (the dictionary page first), kept apart rather than joined: joining
    /// would hold the chunk's compressed bytes twice.
    struct Encoded {
        var pages: [[UInt8]]
        var chunk: ColumnChunk
        var uncompressedSize: Int64
    }

    func encode(_ batch: ColumnBatch, at fileOffset: Int64) throws -> Encoded {
        let d = batch.descriptor
        let maxDef = d.maxDefinitionLevel, maxRep = d.maxRepetitionLevel
        let slotCount = maxDef > 0 ? batch.definitionLevels.count : batch.values.count
        guard maxRep == 0 || batch.repetitionLevels.count == slotCount else {
            throw CodecError.corrupt(
                what: "column '\(d.dottedPath)'", offset: 0,
                reason: "\(batch.repetitionLevels.count) repetition levels for \(slotCount) definition levels")
        }
        let defWidth = BitPacking.bitWidth(of: UInt64(maxDef)), repWidth = BitPacking.bitWidth(of: UInt64(maxRep))
        let codec = options.compression.id
        var values = PageValueEncoder(values: batch.values, typeLength: d.typeLength, options: options)
        let perPage = slotsPerPage(batch.values, d)

        var pages: [[UInt8]] = []
        var uncompressed: Int64 = 0
        var stats: [Encoding: Int32] = [:]
        var body: [UInt8] = []
        var slot = 0, value = 0
        let maxDefLevel = Int32(maxDef)
        while slot < slotCount || (slotCount == 0 && pages.isEmpty) {
            var end = min(slot + perPage, slotCount)
            if maxRep > 0 { while end < slotCount && batch.repetitionLevels[end] != 0 { end += 1 } }
            var n = end - slot
            if maxDef > 0 {
                n = 0
                batch.definitionLevels.withUnsafeBufferPointer { def in
                    for k in slot..<end where def[k] == maxDefLevel { n += 1 }
                }
            }
            guard value + n <= batch.values.count else {
                throw CodecError.corrupt(
                    what: "column '\(d.dottedPath)'", offset: 0,
                    reason: "definition levels declare more values than the \(batch.values.count) given")
            }
            body.removeAll(keepingCapacity: true)
            if maxRep > 0 {
                RLEBitPackedHybridEncoder.encodeWithLengthPrefix(
                    Array(batch.repetitionLevels[slot..<end]), bitWidth: repWidth, into: &body)
            }
            if maxDef > 0 {
                RLEBitPackedHybridEncoder.encodeWithLengthPrefix(
                    Array(batch.definitionLevels[slot..<end]), bitWidth: defWidth, into: &body)
            }
            let encoding = try values.encode(value..<(value + n), into: &body)
            stats[encoding, default: 0] += 1
            var header = PageHeader()
            header.type = .dataPage
            header.dataPageHeader = DataPageHeader(
                numValues: Int32(try Self.int32(end - slot, d)), encoding: encoding,
                definitionLevelEncoding: .rle, repetitionLevelEncoding: .rle)
            let page = try Self.page(header: header, body: body, codec: codec, d)
            uncompressed += Int64(page.uncompressedTotal)
            pages.append(page.bytes)
            slot = end
            value += n
            if slotCount == 0 { break }
        }
        guard value == batch.values.count else {
            throw CodecError.corrupt(
                what: "column '\(d.dottedPath)'", offset: 0,
                reason: "\(batch.values.count) values given but the definition levels place \(value)")
        }

        var meta = ColumnMetaData()
        meta.type = d.physicalType
        meta.pathInSchema = d.path
        meta.codec = CodecID(rawValue: codec.rawValue)
        meta.numValues = Int64(slotCount)
        var encodings: [Encoding] = [.rle]
        if values.usesDictionary {
            var header = PageHeader()
            header.type = .dictionaryPage
            header.dictionaryPageHeader = DictionaryPageHeader(
                numValues: Int32(try Self.int32(values.dictionaryCount, d)), encoding: .plain, isSorted: nil)
            let page = try Self.page(header: header, body: try values.dictionaryPage(), codec: codec, d)
            uncompressed += Int64(page.uncompressedTotal)
            meta.dictionaryPageOffset = fileOffset
            pages.insert(page.bytes, at: 0)
            encodings.append(.rleDictionary)
            meta.encodingStats.append(PageEncodingStats(pageType: .dictionaryPage, encoding: .plain, count: 1))
        }
        // PLAIN: data pages after a fallback, or the dictionary page itself.
        encodings.insert(.plain, at: 0)
        let total = pages.reduce(0) { $0 + $1.count }
        meta.dataPageOffset = fileOffset + Int64(values.usesDictionary ? pages[0].count : 0)
        for (e, c) in stats.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            meta.encodingStats.append(PageEncodingStats(pageType: .dataPage, encoding: e, count: c))
        }
        meta.encodings = encodings
        meta.totalCompressedSize = Int64(total)
        meta.totalUncompressedSize = uncompressed
        meta.statistics = ChunkStatistics.compute(
            values.distinctByteArrays.map { .bytes($0) } ?? batch.values, descriptor: d,
            nullCount: slotCount - batch.values.count)
        var chunk = ColumnChunk()
        chunk.fileOffset = meta.dictionaryPageOffset ?? meta.dataPageOffset
        chunk.metaData = meta
        return Encoded(pages: pages, chunk: chunk, uncompressedSize: uncompressed)
    }

    /// Level slots per page: about `pageBytes` of values, at most `pageSlots`.
    private func slotsPerPage(_ values: ColumnValues, _ d: ColumnDescriptor) -> Int {
        let n = max(values.count, 1)
        let bytesPerValue = max(
            1, PageValueEncoder.plainSize(values, 0..<values.count, fixedWidth: d.typeLength > 0) / n)
        return max(1, min(options.pageSlots, options.pageBytes / bytesPerValue))
    }

    private static func int32(_ v: Int, _ d: ColumnDescriptor) throws -> Int {
        guard v <= Int(Int32.max) else {
            throw CodecError.limitExceeded(
                what: "page size in column '\(d.dottedPath)'", value: v, limit: Int(Int32.max))
        }
        return v
    }

    /// Header plus compressed body.
    private static func page(header: PageHeader, body: [UInt8], codec: CompressionCodec, _ d: ColumnDescriptor) throws
        -> (bytes: [UInt8], uncompressedTotal: Int)
    {
        var h = header
        let compressed = try Compressor.compress(body, codec: codec)
        h.uncompressedPageSize = Int32(try int32(body.count, d))
        h.compressedPageSize = Int32(try int32(compressed.count, d))
        var bytes = h.thriftBytes()
        let headerSize = bytes.count
        bytes.append(contentsOf: compressed)
        return (bytes, headerSize + body.count)
    }
}

extension ColumnChunk {
    /// The chunk's metadata with its page offsets moved by `delta` (a chunk encoded at offset 0, then
    /// placed in the file).
    func moved(by delta: Int64) -> ColumnChunk {
        var c = self
        c.fileOffset += delta
        c.metaData?.dataPageOffset += delta
        if let d = c.metaData?.dictionaryPageOffset { c.metaData?.dictionaryPageOffset = d + delta }
        return c
    }
}
