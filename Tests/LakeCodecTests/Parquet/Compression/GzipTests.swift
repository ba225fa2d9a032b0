import Testing

@testable import LakeCodec

@Suite struct GzipTests {
    @Test func multipleMembersAreConcatenated() throws {
        let a = samplePage(size: 3000, seed: 1)
        let b = samplePage(size: 2000, seed: 2)
        let stream = try Compressor.compress(a, codec: .gzip) + Compressor.compress(b, codec: .gzip)
        #expect(try Decompressor.decompress(stream, codec: .gzip, uncompressedSize: 5000) == a + b)
    }

    @Test func trailingZeroPaddingIsTolerated() throws {
        let a = samplePage(size: 3000)
        let stream = try Compressor.compress(a, codec: .gzip) + [0, 0, 0, 0]
        #expect(try Decompressor.decompress(stream, codec: .gzip, uncompressedSize: 3000) == a)
    }

    @Test func gzipHeaderIsWritten() throws {
        let c = try Compressor.compress([1, 2, 3], codec: .gzip, level: 9)
        #expect(Array(c.prefix(2)) == [0x1F, 0x8B])
    }

    @Test func trailingGarbageAfterMemberFails() throws {
        let a = samplePage(size: 3000)
        let stream = try Compressor.compress(a, codec: .gzip) + [0x42, 0x42, 0x42]
        expectCodecError(.compression) { _ = try Decompressor.decompress(stream, codec: .gzip, uncompressedSize: 3000) }
    }
}
