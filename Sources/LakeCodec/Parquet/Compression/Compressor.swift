/// Compresses a page body for the writer (Compression.md). `level` is codec-specific (gzip 1...9,
/// zstd 1...22, brotli 0...11) and ignored by snappy and LZ4.
enum Compressor {
    static func compress(_ input: [UInt8], codec: CompressionCodec, level: Int? = nil) throws -> [UInt8] {
        try input.withUnsafeBytes { raw in
            switch codec {
            case .uncompressed: return input
            case .snappy: return try Snappy.compress(raw)
            case .gzip: return try Gzip.compress(raw, level: level)
            case .zstd: return try Zstd.compress(raw, level: level)
            case .brotli: return try Brotli.compress(raw, level: level)
            case .lz4Raw: return try LZ4.compressRaw(raw)
            case .lz4: return try LZ4.compressHadoop(raw)
            case .lzo: throw CodecError.unsupported(what: "LZO compression")
            }
        }
    }
}
