import Testing

@testable import LakeCodec

@Suite struct ZstdTests {
    @Test func concatenatedFrames() throws {
        let a = samplePage(size: 1000, seed: 1)
        let b = samplePage(size: 500, seed: 2)
        let stream = try Compressor.compress(a, codec: .zstd) + Compressor.compress(b, codec: .zstd)
        #expect(try Decompressor.decompress(stream, codec: .zstd, uncompressedSize: 1500) == a + b)
    }

    @Test func magicNumber() throws {
        let c = try Compressor.compress([1, 2, 3], codec: .zstd)
        #expect(Array(c.prefix(4)) == [0x28, 0xB5, 0x2F, 0xFD])
    }
}
