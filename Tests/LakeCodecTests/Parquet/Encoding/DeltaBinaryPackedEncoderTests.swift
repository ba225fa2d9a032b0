import Testing

@testable import LakeCodec

@Suite struct DeltaBinaryPackedEncoderTests {
    /// Encodings.md example 1 with the spec's illustrative block size of 8.
    @Test func specExample1Layout() {
        var out: [UInt8] = []
        DeltaBinaryPackedEncoder.encodeInt32([1, 2, 3, 4, 5], blockSize: 8, miniblocks: 1, into: &out)
        #expect(out == [8, 1, 5, 2, 2, 0])
    }

    @Test func emptyAndSingle() {
        var out: [UInt8] = []
        DeltaBinaryPackedEncoder.encodeInt32([], into: &out)
        #expect(out == [0x80, 0x01, 4, 0, 0])
        out = []
        DeltaBinaryPackedEncoder.encodeInt32([-3], into: &out)
        #expect(out == [0x80, 0x01, 4, 1, 5])
    }

    @Test func int32DeltasWrapAt32Bits() throws {
        var out: [UInt8] = []
        DeltaBinaryPackedEncoder.encodeInt32([.max, .min, .max], into: &out)
        var c = ByteCursor(out)
        var back: [Int32] = []
        try DeltaBinaryPackedDecoder.decodeInt32(&c, count: 3, into: &back)
        #expect(back == [.max, .min, .max])
    }
}
