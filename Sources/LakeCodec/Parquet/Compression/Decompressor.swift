import CCompression

/// Decompresses one page body (Compression.md). The page header states the uncompressed size; the
/// output must be exactly that long, and the size is checked against `maxUncompressedSize` before
/// anything is allocated, so a header cannot make the reader allocate more than the limit.
///
/// Each codec writes into a buffer one byte larger than expected: if the codec fills that extra byte the
/// data is longer than the header says, which is reported instead of silently truncated.
enum Decompressor {
    /// Largest page body accepted (1 GiB).
    static let maxUncompressedSize = 1 << 30

    static func decompress(_ input: UnsafeRawBufferPointer, codec: CompressionCodec, uncompressedSize: Int) throws -> [UInt8] {
        guard uncompressedSize >= 0 else {
            throw CodecError.corrupt(what: "\(codec) page", offset: 0,
                                     reason: "negative uncompressed size \(uncompressedSize)")
        }
        guard uncompressedSize <= maxUncompressedSize else {
            throw CodecError.limitExceeded(what: "\(codec) uncompressed page size", value: uncompressedSize,
                                           limit: maxUncompressedSize)
        }
        switch codec {
        case .uncompressed:
            guard input.count == uncompressedSize else {
                throw sizeMismatch(codec, produced: input.count, expected: uncompressedSize)
            }
            return Array(input)
        case .lzo:
            throw CodecError.unsupported(what: "LZO compression (no maintained decoder; rewrite the file with ZSTD or SNAPPY)")
        case .snappy:
            return try Snappy.decompress(input, uncompressedSize: uncompressedSize)
        case .gzip:
            return try Gzip.decompress(input, uncompressedSize: uncompressedSize)
        case .zstd:
            return try Zstd.decompress(input, uncompressedSize: uncompressedSize)
        case .brotli:
            return try Brotli.decompress(input, uncompressedSize: uncompressedSize)
        case .lz4Raw:
            return try LZ4.decompressRaw(input, uncompressedSize: uncompressedSize)
        case .lz4:
            return try LZ4.decompressHadoopOrRaw(input, uncompressedSize: uncompressedSize)
        }
    }

    static func decompress(_ input: ArraySlice<UInt8>, codec: CompressionCodec, uncompressedSize: Int) throws -> [UInt8] {
        try input.withUnsafeBytes { try decompress($0, codec: codec, uncompressedSize: uncompressedSize) }
    }

    static func decompress(_ input: [UInt8], codec: CompressionCodec, uncompressedSize: Int) throws -> [UInt8] {
        try input.withUnsafeBytes { try decompress($0, codec: codec, uncompressedSize: uncompressedSize) }
    }

    static func sizeMismatch(_ codec: CompressionCodec, produced: Int, expected: Int) -> CodecError {
        let got = produced > expected ? "more than \(expected)" : "\(produced)"
        return .compression(codec: codec.description,
                             reason: "decompressed to \(got) bytes but the page header says \(expected)")
    }

    /// Runs `body` over an output buffer of `size + 1` bytes (so overlong output is detectable); `body`
    /// returns how many bytes it produced, which must equal `size`.
    @inline(__always)
    static func withOutput(
        _ codec: CompressionCodec, size: Int,
        _ body: (UnsafeMutableRawBufferPointer) throws -> Int
    ) throws -> [UInt8] {
        try [UInt8](unsafeUninitializedCapacity: size + 1) { buf, initialized in
            let produced = try body(UnsafeMutableRawBufferPointer(buf))
            guard produced == size else { throw sizeMismatch(codec, produced: produced, expected: size) }
            initialized = produced
        }
    }
}
