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

    static func decompress(_ input: UnsafeRawBufferPointer, codec: CompressionCodec, uncompressedSize: Int) throws
        -> [UInt8]
    {
        try validate(codec, uncompressedSize)
        // An empty section (a page of only nulls, or of zero values) holds nothing to decompress; codecs
        // reject zero input bytes, and no writer frames an empty section.
        if input.isEmpty && uncompressedSize == 0 { return [] }
        if codec == .uncompressed {
            guard input.count == uncompressedSize else {
                throw sizeMismatch(codec, produced: input.count, expected: uncompressedSize)
            }
            return Array(input)
        }
        return try [UInt8](unsafeUninitializedCapacity: uncompressedSize + 1) { buf, initialized in
            initialized = try run(codec, input, into: UnsafeMutableRawBufferPointer(buf), expected: uncompressedSize)
        }
    }

    /// Decompresses into `output`, replacing its contents but keeping its allocation, so a reader can
    /// reuse one page buffer for a whole column chunk instead of allocating (and page-faulting) a fresh
    /// one per page. On a throw `output` is empty.
    static func decompress(
        _ input: UnsafeRawBufferPointer, codec: CompressionCodec, uncompressedSize: Int, into output: inout [UInt8]
    ) throws {
        do {
            try validate(codec, uncompressedSize)
        } catch {
            output.removeAll(keepingCapacity: true)
            throw error
        }
        if input.isEmpty && uncompressedSize == 0 {
            output.removeAll(keepingCapacity: true)
            return
        }
        if codec == .uncompressed {
            output.removeAll(keepingCapacity: true)
            guard input.count == uncompressedSize else {
                throw sizeMismatch(codec, produced: input.count, expected: uncompressedSize)
            }
            output.append(contentsOf: input)
            return
        }
        // Resize to the expected size plus one spare byte. Bytes left from the previous page need no
        // clearing: the codec overwrites exactly `uncompressedSize` of them or the call throws. So a
        // buffer reused page after page is neither reallocated nor zero-filled.
        let needed = uncompressedSize + 1
        if output.count > needed {
            output.removeSubrange(needed...)
        } else if output.count < needed {
            output.append(contentsOf: repeatElement(0, count: needed - output.count))
        }
        do {
            _ = try output.withUnsafeMutableBytes { try run(codec, input, into: $0, expected: uncompressedSize) }
            output.removeLast()
        } catch {
            output.removeAll(keepingCapacity: true)
            throw error
        }
    }

    static func decompress(
        _ input: ArraySlice<UInt8>, codec: CompressionCodec, uncompressedSize: Int, into output: inout [UInt8]
    ) throws {
        try input.withUnsafeBytes {
            try decompress($0, codec: codec, uncompressedSize: uncompressedSize, into: &output)
        }
    }

    private static func validate(_ codec: CompressionCodec, _ uncompressedSize: Int) throws {
        guard uncompressedSize >= 0 else {
            throw CodecError.corrupt(
                what: "\(codec) page", offset: 0,
                reason: "negative uncompressed size \(uncompressedSize)")
        }
        guard uncompressedSize <= maxUncompressedSize else {
            throw CodecError.limitExceeded(
                what: "\(codec) uncompressed page size", value: uncompressedSize,
                limit: maxUncompressedSize)
        }
        if codec == .lzo {
            throw CodecError.unsupported(
                what: "LZO compression (no maintained decoder; rewrite the file with ZSTD or SNAPPY)")
        }
    }

    /// Runs the codec into `out`, which has room for `expected + 1` bytes: a codec that fills the extra
    /// byte produced more than the header says. Returns `expected` or throws.
    private static func run(
        _ codec: CompressionCodec, _ input: UnsafeRawBufferPointer, into out: UnsafeMutableRawBufferPointer,
        expected: Int
    ) throws -> Int {
        let produced: Int
        switch codec {
        case .uncompressed:
            guard input.count <= out.count, let src = input.baseAddress, let dst = out.baseAddress else {
                throw sizeMismatch(codec, produced: input.count, expected: expected)
            }
            dst.copyMemory(from: src, byteCount: input.count)
            produced = input.count
        case .lzo: throw CodecError.unsupported(what: "LZO compression")
        case .snappy: produced = try Snappy.decompress(input, into: out, expected: expected)
        case .gzip: produced = try Gzip.decompress(input, into: out)
        case .zstd: produced = try Zstd.decompress(input, into: out)
        case .brotli: produced = try Brotli.decompress(input, into: out)
        case .lz4Raw: produced = try LZ4.decompressRaw(input, into: out)
        case .lz4: produced = try LZ4.decompressHadoopOrRaw(input, into: out, expected: expected)
        }
        guard produced == expected else { throw sizeMismatch(codec, produced: produced, expected: expected) }
        return produced
    }

    static func decompress(_ input: ArraySlice<UInt8>, codec: CompressionCodec, uncompressedSize: Int) throws -> [UInt8]
    {
        try input.withUnsafeBytes { try decompress($0, codec: codec, uncompressedSize: uncompressedSize) }
    }

    static func decompress(_ input: [UInt8], codec: CompressionCodec, uncompressedSize: Int) throws -> [UInt8] {
        try input.withUnsafeBytes { try decompress($0, codec: codec, uncompressedSize: uncompressedSize) }
    }

    static func sizeMismatch(_ codec: CompressionCodec, produced: Int, expected: Int) -> CodecError {
        let got = produced > expected ? "more than \(expected)" : "\(produced)"
        return .compression(
            codec: codec.description,
            reason: "decompressed to \(got) bytes but the page header says \(expected)")
    }
}
