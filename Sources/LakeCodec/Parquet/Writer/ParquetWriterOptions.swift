/// How the writer lays out a file. Defaults follow parquet-cpp/arrow: 1 MiB data pages of at most 20,000
/// level slots, dictionary encoding until the dictionary passes 1 MiB or 65,536 entries, snappy.
package struct ParquetWriterOptions: Sendable, Equatable {
    package enum Codec: String, Sendable, CaseIterable {
        case none, snappy, gzip, zstd

        var id: CompressionCodec {
            switch self {
            case .none: .uncompressed
            case .snappy: .snappy
            case .gzip: .gzip
            case .zstd: .zstd
            }
        }
    }

    package var compression: Codec
    /// Rows per row group (`--row-group-rows`); a row group also ends once its estimated size passes
    /// `rowGroupBytes`.
    package var rowGroupRows: Int
    package var rowGroupBytes: Int
    /// Target uncompressed size of one data page.
    package var pageBytes: Int
    package var pageSlots: Int
    package var dictionary: Bool
    package var dictionaryMaxBytes: Int
    package var dictionaryMaxEntries: Int
    /// `FileMetaData.created_by`.
    package var createdBy: String
    /// Threads encoding a row group's column chunks (and, for CSV input, encoding one row group while the
    /// next is parsed). The file is the same byte for byte on any number.
    package var threads = 1

    package init(
        compression: Codec = .snappy, rowGroupRows: Int = 1 << 20, rowGroupBytes: Int = 128 << 20,
        pageBytes: Int = 1 << 20, pageSlots: Int = 20_000, dictionary: Bool = true,
        dictionaryMaxBytes: Int = 1 << 20, dictionaryMaxEntries: Int = 1 << 16,
        createdBy: String = "lakectl version 0.1"
    ) {
        self.compression = compression
        self.rowGroupRows = max(1, rowGroupRows)
        self.rowGroupBytes = max(1, rowGroupBytes)
        self.pageBytes = max(1, pageBytes)
        self.pageSlots = max(1, pageSlots)
        self.dictionary = dictionary
        self.dictionaryMaxBytes = dictionaryMaxBytes
        self.dictionaryMaxEntries = dictionaryMaxEntries
        self.createdBy = createdBy
    }
}
