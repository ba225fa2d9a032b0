import Testing

@testable import LakeCodec

@Suite struct ByteStreamSplitEncoderTests {
    @Test func doublesSplitIntoEightStreams() {
        var out: [UInt8] = []
        ByteStreamSplitEncoder.encode([1.0, 2.0] as [Double], into: &out)
        // 1.0 = 0x3FF0..., 2.0 = 0x4000...: the top-byte stream is last.
        #expect(out.count == 16)
        #expect(Array(out.suffix(2)) == [0x3F, 0x40])
    }
}
