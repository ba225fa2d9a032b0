import Testing

@testable import LakeCodec

@Suite struct CompressorTests {
    @Test(arguments: [CompressionCodec.gzip, .zstd, .brotli])
    func levelsChangeOutputButStayReadable(codec: CompressionCodec) throws {
        let page = samplePage(size: 50_000)
        for level in [1, 9] {
            let c = try Compressor.compress(page, codec: codec, level: level)
            #expect(c.count < page.count)
            #expect(try Decompressor.decompress(c, codec: codec, uncompressedSize: page.count) == page)
        }
    }
}
