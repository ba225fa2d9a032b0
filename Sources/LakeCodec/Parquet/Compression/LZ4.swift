import CCompression

/// LZ4 in its two Parquet forms (Compression.md):
/// - LZ4_RAW: one bare LZ4 block.
/// - LZ4 (deprecated): Hadoop's framing, as parquet-mr writes it: blocks of
///   `[uncompressed size: u32 BE] ([compressed size: u32 BE] [LZ4 block])+`, the inner chunks
///   together expanding to the block's uncompressed size. Old parquet-cpp wrote a bare block under the
///   same codec number, so when the bytes do not parse as Hadoop framing they are tried as a bare block.
enum LZ4 {
    /// LZ4_RAW into `out`, returning the bytes produced.
    static func decompressRaw(_ input: UnsafeRawBufferPointer, into out: UnsafeMutableRawBufferPointer) throws -> Int {
        try rawBlock(input, into: out, codec: .lz4Raw)
    }

    /// LZ4 into `out` (at least `expected + 1` bytes): Hadoop framing first, then a bare block.
    static func decompressHadoopOrRaw(
        _ input: UnsafeRawBufferPointer, into out: UnsafeMutableRawBufferPointer, expected: Int
    ) throws -> Int {
        let limited = UnsafeMutableRawBufferPointer(rebasing: out[0..<expected])
        if let n = hadoop(input, into: limited), n == expected { return n }
        return try rawBlock(input, into: out, codec: .lz4)
    }

    private static func rawBlock(
        _ input: UnsafeRawBufferPointer, into out: UnsafeMutableRawBufferPointer, codec: CompressionCodec
    ) throws -> Int {
        guard input.count <= Int(Int32.max), out.count <= Int(Int32.max) else {
            throw CodecError.limitExceeded(
                what: "\(codec) block size", value: max(input.count, out.count),
                limit: Int(Int32.max))
        }
        let n = LZ4_decompress_safe(
            input.baseAddress?.assumingMemoryBound(to: CChar.self),
            out.baseAddress?.assumingMemoryBound(to: CChar.self),
            Int32(input.count), Int32(out.count))
        guard n >= 0 else {
            throw CodecError.compression(codec: codec.description, reason: "corrupt or truncated LZ4 block")
        }
        return Int(n)
    }

    /// Hadoop framing; nil when the bytes are not in that framing (the caller then tries a bare block).
    private static func hadoop(_ input: UnsafeRawBufferPointer, into out: UnsafeMutableRawBufferPointer) -> Int? {
        var pos = 0
        var produced = 0
        while pos < input.count {
            guard let blockSize = readBE32(input, &pos), blockSize <= out.count - produced else { return nil }
            let blockEnd = produced + blockSize
            // Every block has at least one chunk (an empty block has one that expands to nothing).
            repeat {
                guard let chunk = readBE32(input, &pos), chunk <= input.count - pos, chunk > 0, chunk <= Int(Int32.max)
                else {
                    return nil
                }
                let src = UnsafeRawBufferPointer(rebasing: input[pos..<(pos + chunk)])
                let dst = UnsafeMutableRawBufferPointer(rebasing: out[produced..<blockEnd])
                let n = LZ4_decompress_safe(
                    src.baseAddress?.assumingMemoryBound(to: CChar.self),
                    dst.baseAddress?.assumingMemoryBound(to: CChar.self),
                    Int32(chunk), Int32(dst.count))
                guard n > 0 || (n == 0 && dst.count == 0) else { return nil }
                produced += Int(n)
                pos += chunk
            } while produced < blockEnd
        }
        return produced
    }

    private static func readBE32(_ input: UnsafeRawBufferPointer, _ pos: inout Int) -> Int? {
        guard input.count - pos >= 4 else { return nil }
        var v = 0
        for i in 0..<4 { v = v << 8 | Int(input[pos + i]) }
        pos += 4
        return v
    }

    static func compressRaw(_ input: UnsafeRawBufferPointer) throws -> [UInt8] {
        guard input.count <= Int(LZ4_MAX_INPUT_SIZE) else {
            throw CodecError.limitExceeded(what: "LZ4 input size", value: input.count, limit: Int(LZ4_MAX_INPUT_SIZE))
        }
        let bound = Int(LZ4_compressBound(Int32(input.count)))
        return try [UInt8](unsafeUninitializedCapacity: max(bound, 1)) { buf, initialized in
            let n = LZ4_compress_default(
                input.baseAddress?.assumingMemoryBound(to: CChar.self),
                UnsafeMutableRawPointer(buf.baseAddress)?.assumingMemoryBound(to: CChar.self),
                Int32(input.count), Int32(buf.count))
            guard n > 0 || input.isEmpty else {
                throw CodecError.compression(codec: "LZ4_RAW", reason: "compression failed")
            }
            initialized = Int(n)
        }
    }

    /// Hadoop framing around LZ4 blocks of at most `blockSize` input bytes (parquet-mr's layout).
    static func compressHadoop(_ input: UnsafeRawBufferPointer, blockSize: Int = 256 * 1024) throws -> [UInt8] {
        var out: [UInt8] = []
        var pos = 0
        repeat {
            let n = min(blockSize, input.count - pos)
            let chunk = try compressRaw(UnsafeRawBufferPointer(rebasing: input[pos..<(pos + n)]))
            appendBE32(n, to: &out)
            appendBE32(chunk.count, to: &out)
            out.append(contentsOf: chunk)
            pos += n
        } while pos < input.count
        return out
    }

    private static func appendBE32(_ v: Int, to out: inout [UInt8]) {
        let u = UInt32(truncatingIfNeeded: v)
        out.append(UInt8(truncatingIfNeeded: u >> 24))
        out.append(UInt8(truncatingIfNeeded: u >> 16))
        out.append(UInt8(truncatingIfNeeded: u >> 8))
        out.append(UInt8(truncatingIfNeeded: u))
    }
}
