import LakeCodec

/// Where the part files of a `ParquetDataset` are read from. The scans open each part through this and,
/// before decoding, say which column chunks of which row groups they are about to read, so a reader over
/// remote objects (S3 ranged GETs, outside LakeFilter, which knows nothing of AWS) can fetch exactly
/// those and nothing else. Both calls block until the bytes are readable; a scan makes them from one
/// thread, part after part.
package protocol DatasetPartReader: Sendable {
    /// The part opened from its footer.
    func open(_ part: ParquetDataset.Part) throws -> ParquetFile
    /// Makes the chunks of `leaves` (leaf column indices) in `rowGroups` of `file`, the part last opened,
    /// readable; a reader may drop what it held for earlier calls.
    func prepare(_ file: ParquetFile, rowGroups: [Int], leaves: [Int]) throws
}

/// Local files, read in place: opening reads the footer, the chunks are read as they are decoded.
package struct LocalPartReader: DatasetPartReader {
    package init() {}

    package func open(_ part: ParquetDataset.Part) throws -> ParquetFile {
        try ParquetFile.open(part.path)
    }

    package func prepare(_ file: ParquetFile, rowGroups: [Int], leaves: [Int]) throws {}
}
