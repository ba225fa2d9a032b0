import Testing

@testable import LakeCodec

@Suite struct LZ4Tests {
    private func be32(_ v: Int) -> [UInt8] {
        [UInt8(v >> 24 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)]
    }

    @Test func hadoopFramingLayout() throws {
        let page = samplePage(size: 1000)
        let framed = try Compressor.compress(page, codec: .lz4)
        let raw = try Compressor.compress(page, codec: .lz4Raw)
        #expect(framed == be32(1000) + be32(raw.count) + raw)
    }

    @Test func hadoopFramingWithSeveralBlocksAndChunks() throws {
        let a = samplePage(size: 700, seed: 1)
        let b = samplePage(size: 500, seed: 2)
        let c = samplePage(size: 300, seed: 3)
        let ra = try Compressor.compress(a, codec: .lz4Raw)
        let rb = try Compressor.compress(b, codec: .lz4Raw)
        let rc = try Compressor.compress(c, codec: .lz4Raw)
        // Block 1 holds two chunks (a, b); block 2 holds c.
        let framed = be32(1200) + be32(ra.count) + ra + be32(rb.count) + rb + be32(300) + be32(rc.count) + rc
        #expect(try Decompressor.decompress(framed, codec: .lz4, uncompressedSize: 1500) == a + b + c)
    }

    @Test func bareBlockUnderLZ4IsAcceptedAsFallback() throws {
        let page = samplePage(size: 4000)
        let raw = try Compressor.compress(page, codec: .lz4Raw)
        #expect(try Decompressor.decompress(raw, codec: .lz4, uncompressedSize: 4000) == page)
    }

    @Test func hadoopFramingIsNotLZ4Raw() throws {
        let page = samplePage(size: 4000)
        let framed = try Compressor.compress(page, codec: .lz4)
        expectCodecError(.compression) {
            _ = try Decompressor.decompress(framed, codec: .lz4Raw, uncompressedSize: 4000)
        }
    }

    @Test func largeInputSplitsIntoBlocks() throws {
        let page = samplePage(size: 600_000)
        let framed = try Compressor.compress(page, codec: .lz4)
        #expect(try Decompressor.decompress(framed, codec: .lz4, uncompressedSize: 600_000) == page)
    }
}
