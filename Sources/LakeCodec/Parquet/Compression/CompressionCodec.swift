/// Page compression codecs, numbered as `CompressionCodec` in parquet.thrift (see Compression.md).
enum CompressionCodec: Int32, Sendable, CaseIterable, CustomStringConvertible {
    case uncompressed = 0
    case snappy = 1
    /// RFC 1952 gzip; a page may hold several concatenated members.
    case gzip = 2
    case lzo = 3
    case brotli = 4
    /// Deprecated: LZ4 blocks inside Hadoop's framing (parquet-mr), or a bare block (old parquet-cpp).
    case lz4 = 5
    case zstd = 6
    /// One bare LZ4 block, no framing (format 2.9.0+).
    case lz4Raw = 7

    var description: String {
        switch self {
        case .uncompressed: "UNCOMPRESSED"
        case .snappy: "SNAPPY"
        case .gzip: "GZIP"
        case .lzo: "LZO"
        case .brotli: "BROTLI"
        case .lz4: "LZ4"
        case .zstd: "ZSTD"
        case .lz4Raw: "LZ4_RAW"
        }
    }
}
