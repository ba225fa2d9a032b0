import Testing

@testable import LakeCodec

/// Compressible but not trivial input: repeated words with a counter.
func samplePage(size: Int, seed: UInt64 = 1) -> [UInt8] {
    var rng = TestRNG(seed: seed)
    var out: [UInt8] = []
    out.reserveCapacity(size)
    let words = ["alpha ", "beta ", "gamma ", "delta ", "epsilon "].map { Array($0.utf8) }
    while out.count < size {
        out += words[Int(rng.next() % 5)]
        if rng.next() % 7 == 0 { out.append(UInt8(truncatingIfNeeded: rng.next())) }
    }
    return Array(out.prefix(size))
}

let writableCodecs: [CompressionCodec] = [.uncompressed, .snappy, .gzip, .brotli, .lz4, .zstd, .lz4Raw]

@Suite struct DecompressorTests {
    @Test(arguments: writableCodecs, [0, 1, 1000, 300_000])
    func roundTrip(codec: CompressionCodec, size: Int) throws {
        let page = samplePage(size: size)
        let compressed = try Compressor.compress(page, codec: codec)
        let back = try Decompressor.decompress(compressed, codec: codec, uncompressedSize: size)
        #expect(back == page)
        // Slice input with a non-zero start index.
        let padded = [0xAB] + compressed
        #expect(try Decompressor.decompress(padded[1...], codec: codec, uncompressedSize: size) == page)
    }

    @Test(arguments: writableCodecs)
    func wrongUncompressedSizeIsRejected(codec: CompressionCodec) throws {
        let page = samplePage(size: 5000)
        let compressed = try Compressor.compress(page, codec: codec)
        let expected: CodecErrorKind = .compression
        expectCodecError(expected) { _ = try Decompressor.decompress(compressed, codec: codec, uncompressedSize: 4999) }
        expectCodecError(expected) { _ = try Decompressor.decompress(compressed, codec: codec, uncompressedSize: 5001) }
    }

    @Test(arguments: [CompressionCodec.snappy, .gzip, .brotli, .zstd, .lz4Raw, .lz4])
    func truncatedInputFails(codec: CompressionCodec) throws {
        let page = samplePage(size: 20_000)
        let compressed = try Compressor.compress(page, codec: codec)
        expectCodecError(.compression) {
            _ = try Decompressor.decompress(
                compressed[0..<(compressed.count / 2)], codec: codec, uncompressedSize: 20_000)
        }
    }

    @Test(arguments: [CompressionCodec.snappy, .gzip, .brotli, .zstd, .lz4Raw, .lz4])
    func garbageFails(codec: CompressionCodec) {
        let garbage: [UInt8] = (0..<64).map { UInt8(truncatingIfNeeded: $0 &* 97 &+ 13) }
        expectCodecError(.compression) {
            _ = try Decompressor.decompress(garbage, codec: codec, uncompressedSize: 1000)
        }
    }

    @Test(arguments: [CompressionCodec.snappy, .gzip, .brotli, .zstd, .lz4Raw, .lz4])
    func emptySectionOfZeroBytesNeedsNoCodec(codec: CompressionCodec) throws {
        #expect(try Decompressor.decompress([UInt8](), codec: codec, uncompressedSize: 0) == [])
        var reused: [UInt8] = [1, 2, 3]
        try Decompressor.decompress([UInt8]()[...], codec: codec, uncompressedSize: 0, into: &reused)
        #expect(reused.isEmpty)
        // An empty section claiming content is still an error.
        #expect(throws: CodecError.self) {
            _ = try Decompressor.decompress([UInt8](), codec: codec, uncompressedSize: 4)
        }
    }

    @Test func sizeLimitIsCheckedBeforeAllocating() {
        expectCodecError(.limitExceeded) {
            _ = try Decompressor.decompress(
                [UInt8](), codec: .zstd, uncompressedSize: Decompressor.maxUncompressedSize + 1)
        }
        expectCodecError(.corrupt) { _ = try Decompressor.decompress([UInt8](), codec: .snappy, uncompressedSize: -1) }
    }

    @Test func lzoIsUnsupported() {
        expectCodecError(.unsupported) { _ = try Decompressor.decompress([1, 2, 3], codec: .lzo, uncompressedSize: 3) }
        expectCodecError(.unsupported) { _ = try Compressor.compress([1, 2, 3], codec: .lzo) }
    }

    @Test func uncompressedMustMatchSize() {
        expectCodecError(.compression) {
            _ = try Decompressor.decompress([1, 2, 3], codec: .uncompressed, uncompressedSize: 2)
        }
    }

    @Test func reusedOutputBufferKeepsItsAllocation() throws {
        var buffer: [UInt8] = []
        for (i, codec) in writableCodecs.enumerated() {
            let page = samplePage(size: 20_000 - i * 1000, seed: UInt64(i))
            let compressed = try Compressor.compress(page, codec: codec)
            try Decompressor.decompress(compressed[...], codec: codec, uncompressedSize: page.count, into: &buffer)
            #expect(buffer == page)
        }
        let capacity = buffer.capacity
        let small = try Compressor.compress(samplePage(size: 100), codec: .zstd)
        try Decompressor.decompress(small[...], codec: .zstd, uncompressedSize: 100, into: &buffer)
        #expect(buffer.count == 100)
        #expect(buffer.capacity == capacity)
    }

    @Test func reusedOutputBufferIsEmptyAfterAnError() throws {
        var buffer: [UInt8] = [1, 2, 3]
        let compressed = try Compressor.compress(samplePage(size: 500), codec: .snappy)
        expectCodecError(.compression) {
            try Decompressor.decompress(compressed[...], codec: .snappy, uncompressedSize: 499, into: &buffer)
        }
        #expect(buffer.isEmpty)
        expectCodecError(.limitExceeded) {
            try Decompressor.decompress(compressed[...], codec: .gzip, uncompressedSize: 1 << 31, into: &buffer)
        }
        expectCodecError(.unsupported) {
            try Decompressor.decompress(compressed[...], codec: .lzo, uncompressedSize: 500, into: &buffer)
        }
    }
}
