/// One page of a column chunk as stored: its header and where its (possibly compressed) payload lies in
/// the chunk buffer.
struct Page: Sendable {
    let header: PageHeader
    /// Payload range inside the chunk bytes.
    let payload: Range<Int>
    /// File offset of the page header, for error messages.
    let fileOffset: Int
    /// Position of this page in its chunk (0-based), as pyarrow numbers pages in CRC errors.
    let ordinal: Int
}
