/// One page of a column chunk as stored: its header and where its (possibly compressed) payload lies in
/// the file. `PageIterator.payload(_:)` reads the payload.
struct Page: Sendable {
    let header: PageHeader
    /// File offsets of the payload.
    let payloadOffsets: Range<Int>
    /// File offset of the page header, for error messages.
    let fileOffset: Int
    /// Position of this page in its chunk (0-based), as pyarrow numbers pages in CRC errors.
    let ordinal: Int
}
