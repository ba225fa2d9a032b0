import CCompression

/// Walks the pages of one column chunk: decodes each `PageHeader` (Thrift compact) and checks the
/// declared sizes against the bytes left in the chunk before anything is allocated.
///
/// The chunk's bytes are read from its source a window at a time (at least `windowSize` bytes, or one
/// whole page when a page is larger), not whole: a string column's chunk runs to tens of megabytes, and
/// a buffer that size per worker was most of a parallel profile's memory and of the page faults it paid
/// for (each page of fresh memory faulted in on first touch, once per worker). One window is refilled in
/// place, so a chunk costs one window (1 MiB, or its largest page), and the payload of a page the caller
/// skips (a page plan) is never read.
struct PageIterator {
    /// The window: `bytes[0]` is at file offset `windowStart`, and the first `windowCount` bytes are the
    /// chunk's (the storage may be larger, kept for the next refill). A range `payloadRange(_:)` returns
    /// indexes it until the next call that moves the window.
    private(set) var bytes: [UInt8]
    private var windowStart: Int
    private var windowCount: Int
    /// File offsets of the chunk's first byte and of the byte after its last.
    let baseOffset: Int
    let end: Int
    let column: String
    /// Where the chunk's bytes come from; nil when `bytes` holds the whole chunk.
    private let source: (any ByteSource)?
    private let windowSize: Int
    /// File offset of the next page header.
    private var position: Int
    private var ordinal = 0

    /// Largest page accepted, compressed or not (parquet-mr and arrow default to 1 MiB pages).
    static let maxPageSize = 1 << 30
    /// Largest page header accepted (Arrow's default `max_page_header_size` is 16 MiB too). A header is
    /// a few dozen bytes plus optional statistics; without a bound, a corrupt header's string lengths
    /// let the Thrift reader walk and copy the rest of a multi-gigabyte chunk.
    static let maxPageHeaderSize = 16 << 20
    /// Bytes read per refill: a few of the 1 MiB pages writers aim for (less once compressed), few
    /// enough reads for a large chunk, and a buffer that stays in L2/L3 cache.
    static let defaultWindowSize = 1 << 20
    /// Header bytes looked at first; a header that needs more (long min/max statistics) is parsed again
    /// over a window twice as large, up to `maxPageHeaderSize`.
    static let headerProbe = 16 << 10

    /// Pages of a chunk held whole in memory; `bytes[0]` is at file offset `baseOffset`.
    init(bytes: [UInt8], baseOffset: Int, column: String) {
        self.bytes = bytes
        windowStart = baseOffset
        windowCount = bytes.count
        self.baseOffset = baseOffset
        end = baseOffset + bytes.count
        self.column = column
        source = nil
        windowSize = bytes.count
        position = baseOffset
    }

    /// Pages of the chunk of `count` bytes at file offset `offset` of `source`, read a window at a time.
    init(source: any ByteSource, offset: Int, count: Int, column: String, windowSize: Int = defaultWindowSize) {
        bytes = []
        windowStart = offset
        windowCount = 0
        baseOffset = offset
        end = offset + count
        self.column = column
        self.source = source
        self.windowSize = max(1, windowSize)
        position = offset
    }

    /// The next page's header and where its payload lies; nil at the end of the chunk. The payload is
    /// checked to lie inside the chunk, but read only by `payload(_:)` or `payloadRange(_:)`.
    mutating func next() throws -> Page? {
        guard position < end else { return nil }
        let start = position
        let (header, payloadStart) = try header(at: start)
        let size = Int(header.compressedPageSize)
        guard size >= 0, header.uncompressedPageSize >= 0 else {
            throw CodecError.corrupt(
                what: "page header of column '\(column)'", offset: start,
                reason:
                    "negative page size (compressed \(header.compressedPageSize), uncompressed \(header.uncompressedPageSize))"
            )
        }
        guard size <= Self.maxPageSize, Int(header.uncompressedPageSize) <= Self.maxPageSize else {
            throw CodecError.limitExceeded(
                what: "page size in column '\(column)'", value: max(size, Int(header.uncompressedPageSize)),
                limit: Self.maxPageSize)
        }
        guard size <= end - payloadStart else {
            throw CodecError.truncated(
                what: "page of column '\(column)'", offset: payloadStart, needed: size,
                available: end - payloadStart)
        }
        position = payloadStart + size
        defer { ordinal += 1 }
        return Page(
            header: header, payloadOffsets: payloadStart..<(payloadStart + size), fileOffset: start,
            ordinal: ordinal)
    }

    /// The page header at file offset `start` and the file offset of the byte after it.
    private mutating func header(at start: Int) throws -> (PageHeader, Int) {
        let headerLimit = min(end - start, Self.maxPageHeaderSize)
        var probe = min(headerLimit, Self.headerProbe)
        while true {
            let window = try resident(start, probe)
            // Parse over every byte in the window up to the header bound, not only the probe.
            let available = min(windowCount - window.lowerBound, headerLimit)
            var reader = ThriftCompactReader(
                ByteCursor(
                    bytes, start: window.lowerBound, end: window.lowerBound + available, baseOffset: windowStart),
                context: "PageHeader of column '\(column)'")
            do {
                let header = try PageHeader(thrift: &reader)
                return (header, windowStart + reader.cursor.position)
            } catch CodecError.truncated where available < headerLimit {
                probe = min(headerLimit, available * 2)
            } catch CodecError.truncated where headerLimit < end - start {
                throw CodecError.corrupt(
                    what: "page header of column '\(column)'", offset: start,
                    reason: "does not end within \(Self.maxPageHeaderSize) bytes, the largest page header accepted")
            }
        }
    }

    /// The page's payload, read into the window first if need be.
    mutating func payload(_ page: Page) throws -> ArraySlice<UInt8> {
        let range = try payloadRange(page)
        return bytes[range]
    }

    /// The page's payload as indices into `bytes`, read into the window first if need be; read `bytes`
    /// after this call (the window may move), and only until the next call that reads.
    mutating func payloadRange(_ page: Page) throws -> Range<Int> {
        try resident(page.payloadOffsets.lowerBound, page.payloadOffsets.count)
    }

    /// Verifies the page CRC (CRC-32, as zlib computes it, over the compressed payload; parquet.thrift
    /// `PageHeader.crc`). Pages without a CRC pass.
    mutating func verifyChecksum(_ page: Page) throws {
        guard let expected = page.header.crc else { return }
        let range = try payloadRange(page)
        let actual: UInt32 = bytes.withUnsafeBufferPointer { buf in
            let base = buf.baseAddress.map { $0 + range.lowerBound }
            return UInt32(truncatingIfNeeded: crc32(0, base, uInt(range.count)))
        }
        let want = UInt32(bitPattern: expected)
        guard actual == want else {
            throw CodecError.corrupt(
                what: "page \(page.ordinal) of column '\(column)'", offset: page.fileOffset,
                reason: "CRC-32 checksum mismatch: header says \(hex(want)), page contents give \(hex(actual))")
        }
    }

    /// Indices into `bytes` of the `count` chunk bytes at file offset `offset` (inside the chunk, at or
    /// after the window's start: pages are read forward), refilling the window when they are not all in
    /// it. A refill keeps the window's bytes from `offset` on, moved to the front, and reads the rest.
    private mutating func resident(_ offset: Int, _ count: Int) throws -> Range<Int> {
        precondition(offset >= windowStart && count >= 0 && count <= end - offset, "chunk bytes read backwards")
        if offset + count <= windowStart + windowCount {
            return (offset - windowStart)..<(offset - windowStart + count)
        }
        guard let source else {
            preconditionFailure("a chunk held in memory is resident whole")
        }
        let want = min(end - offset, max(windowSize, count))
        let kept = max(0, windowStart + windowCount - offset)
        let keep = (offset - windowStart)..<(offset - windowStart + kept)
        if bytes.count < want {
            var fresh = [UInt8](unsafeUninitializedCapacity: want) { _, initialized in initialized = want }
            if kept > 0 {
                fresh.withUnsafeMutableBytes { to in
                    bytes.withUnsafeBytes { old in to.copyMemory(from: UnsafeRawBufferPointer(rebasing: old[keep])) }
                }
            }
            bytes = fresh
        } else if kept > 0 {
            // `copyMemory` moves overlapping bytes correctly (memmove).
            bytes.withUnsafeMutableBytes { buf in buf.copyMemory(from: UnsafeRawBufferPointer(rebasing: buf[keep])) }
        }
        let what = "column chunk '\(column)'"
        try bytes.withUnsafeMutableBytes { buf in
            try source.read(
                offset: offset + kept, into: UnsafeMutableRawBufferPointer(rebasing: buf[kept..<want]), what: what)
        }
        windowStart = offset
        windowCount = want
        return 0..<count
    }
}

private func hex(_ v: UInt32) -> String {
    let digits = String(v, radix: 16)
    return "0x" + String(repeating: "0", count: max(0, 8 - digits.count)) + digits
}
