import Testing

@testable import LakeCodec

@Suite struct BrotliTests {
    @Test func overlongOutputIsReportedAsSizeMismatch() throws {
        let page = samplePage(size: 10_000)
        let c = try Compressor.compress(page, codec: .brotli, level: 5)
        expectCodecError(.compression) { _ = try Decompressor.decompress(c, codec: .brotli, uncompressedSize: 100) }
        #expect(try Decompressor.decompress(c, codec: .brotli, uncompressedSize: 10_000) == page)
    }
}
