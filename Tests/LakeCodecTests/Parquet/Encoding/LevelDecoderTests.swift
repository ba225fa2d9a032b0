import Testing

@testable import LakeCodec

@Suite struct LevelDecoderTests {
    @Test(arguments: [1, 2, 3])
    func v1RoundTripStopsAtEndOfLevels(bitWidth: Int) throws {
        let levels = sampleValues(count: 1000, bitWidth: bitWidth, seed: 11)
        var bytes: [UInt8] = []
        RLEBitPackedHybridEncoder.encodeWithLengthPrefix(levels, bitWidth: bitWidth, into: &bytes)
        bytes += [0xEE, 0xEE]  // the values that follow
        var c = ByteCursor(bytes)
        var out: [Int32] = []
        try LevelDecoder.decodeV1(&c, bitWidth: bitWidth, count: 1000, into: &out)
        #expect(out == levels)
        #expect(c.remaining == 2)
    }

    @Test func v2Region() throws {
        let levels = sampleValues(count: 77, bitWidth: 2, seed: 5)
        var bytes: [UInt8] = [9, 9]
        RLEBitPackedHybridEncoder.encode(levels, bitWidth: 2, into: &bytes)
        var out: [Int32] = []
        try LevelDecoder.decodeV2(bytes, range: 2..<bytes.count, bitWidth: 2, count: 77, into: &out)
        #expect(out == levels)
    }

    @Test func zeroBitWidthHasNoStream() throws {
        var c = ByteCursor([0xEE])
        var out: [Int32] = []
        try LevelDecoder.decodeV1(&c, bitWidth: 0, count: 5, into: &out)
        #expect(out == [0, 0, 0, 0, 0])
        #expect(c.position == 0)
    }

    @Test func v1LengthPastEndIsTruncated() {
        var c = ByteCursor([100, 0, 0, 0, 2, 1])
        var out: [Int32] = []
        expectCodecError(.truncated) { try LevelDecoder.decodeV1(&c, bitWidth: 1, count: 1, into: &out) }
    }

    @Test func levelsDoNotReadPastTheirLength() {
        // Length 2 covers one RLE run of 1 value; the following byte must not be used.
        var c = ByteCursor([2, 0, 0, 0, 1 << 1, 1, 4 << 1, 1])
        var out: [Int32] = []
        expectCodecError(.truncated) { try LevelDecoder.decodeV1(&c, bitWidth: 1, count: 2, into: &out) }
    }

    @Test func bitWidthForMaxLevel() {
        #expect(LevelDecoder.bitWidth(maxLevel: 0) == 0)
        #expect(LevelDecoder.bitWidth(maxLevel: 1) == 1)
        #expect(LevelDecoder.bitWidth(maxLevel: 3) == 2)
        #expect(LevelDecoder.bitWidth(maxLevel: 4) == 3)
    }

    /// Encodings.md, BIT_PACKED: 0...7 with width 3 → 00000101 00111001 01110111.
    @Test func legacyBitPackedSpecExample() throws {
        var c = ByteCursor([0b0000_0101, 0b0011_1001, 0b0111_0111, 0xEE])
        var out: [Int32] = []
        try LevelDecoder.decodeBitPackedLegacy(&c, bitWidth: 3, count: 8, into: &out)
        #expect(out == [0, 1, 2, 3, 4, 5, 6, 7])
        #expect(c.remaining == 1)
        var short = ByteCursor([0xFF])
        expectCodecError(.truncated) {
            try LevelDecoder.decodeBitPackedLegacy(&short, bitWidth: 3, count: 3, into: &out)
        }
    }
}
