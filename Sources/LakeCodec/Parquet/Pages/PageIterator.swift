import CCompression

/// Walks the pages of one column chunk held in memory: decodes each `PageHeader` (Thrift compact) and
/// checks the declared sizes against the bytes left before anything is allocated.
struct PageIterator {
    let bytes: [UInt8]
    /// File offset of `bytes[0]`.
    let baseOffset: Int
    let column: String
    private var position = 0
    private var ordinal = 0

    /// Largest page accepted, compressed or not (parquet-mr and arrow default to 1 MiB pages).
    static let maxPageSize = 1 << 30
    /// Largest page header accepted (Arrow's default `max_page_header_size` is 16 MiB too). A header is
    /// a few dozen bytes plus optional statistics; without a bound, a corrupt header's string lengths
    /// let the Thrift reader walk and copy the rest of a multi-gigabyte chunk.
    static let maxPageHeaderSize = 16 << 20

    init(bytes: [UInt8], baseOffset: Int, column: String) {
        self.bytes = bytes
        self.baseOffset = baseOffset
        self.column = column
    }

    var isAtEnd: Bool { position >= bytes.count }

    mutating func next() throws -> Page? {
        guard position < bytes.count else { return nil }
        let start = baseOffset + position
        let headerEnd = position + min(bytes.count - position, Self.maxPageHeaderSize)
        var reader = ThriftCompactReader(
            ByteCursor(bytes, start: position, end: headerEnd, baseOffset: baseOffset),
            context: "PageHeader of column '\(column)'")
        let header: PageHeader
        do {
            header = try PageHeader(thrift: &reader)
        } catch CodecError.truncated where headerEnd < bytes.count {
            throw CodecError.corrupt(
                what: "page header of column '\(column)'", offset: start,
                reason: "does not end within \(Self.maxPageHeaderSize) bytes, the largest page header accepted")
        }
        let payloadStart = reader.cursor.position
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
        guard size <= bytes.count - payloadStart else {
            throw CodecError.truncated(
                what: "page of column '\(column)'", offset: baseOffset + payloadStart, needed: size,
                available: bytes.count - payloadStart)
        }
        position = payloadStart + size
        defer { ordinal += 1 }
        return Page(header: header, payload: payloadStart..<(payloadStart + size), fileOffset: start, ordinal: ordinal)
    }

    /// Verifies the page CRC (CRC-32, as zlib computes it, over the compressed payload; parquet.thrift
    /// `PageHeader.crc`). Pages without a CRC pass.
    func verifyChecksum(_ page: Page) throws {
        guard let expected = page.header.crc else { return }
        let actual: UInt32 = bytes.withUnsafeBufferPointer { buf in
            let base = buf.baseAddress.map { $0 + page.payload.lowerBound }
            return UInt32(truncatingIfNeeded: crc32(0, base, uInt(page.payload.count)))
        }
        let want = UInt32(bitPattern: expected)
        guard actual == want else {
            throw CodecError.corrupt(
                what: "page \(page.ordinal) of column '\(column)'", offset: page.fileOffset,
                reason: "CRC-32 checksum mismatch: header says \(hex(want)), page contents give \(hex(actual))")
        }
    }
}

private func hex(_ v: UInt32) -> String {
    let digits = String(v, radix: 16)
    return "0x" + String(repeating: "0", count: max(0, 8 - digits.count)) + digits
}
