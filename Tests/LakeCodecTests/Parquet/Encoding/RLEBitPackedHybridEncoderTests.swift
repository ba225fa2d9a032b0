import Testing

@testable import LakeCodec

@Suite struct RLEBitPackedHybridEncoderTests {
    @Test func longRunBecomesOneRLERun() {
        var out: [UInt8] = []
        RLEBitPackedHybridEncoder.encode(Array(repeating: 5, count: 100), bitWidth: 3, into: &out)
        #expect(out == [0xC8, 0x01, 5])  // varint 200, value 5
    }

    @Test func specExampleIsBitPacked() {
        var out: [UInt8] = []
        RLEBitPackedHybridEncoder.encode([0, 1, 2, 3, 4, 5, 6, 7], bitWidth: 3, into: &out)
        #expect(out == [0x03, 0b1000_1000, 0b1100_0110, 0b1111_1010])
    }

    @Test func lengthPrefixAndDictionaryWidth() throws {
        var out: [UInt8] = []
        RLEBitPackedHybridEncoder.encodeWithLengthPrefix(Array(repeating: 1, count: 10), bitWidth: 1, into: &out)
        #expect(out == [2, 0, 0, 0, 10 << 1, 1])
        var dict: [UInt8] = []
        RLEBitPackedHybridEncoder.encodeDictionaryIndices([0, 2, 4], dictionaryCount: 5, into: &dict)
        #expect(dict.first == 3)
    }

    @Test func varints() throws {
        var out: [UInt8] = []
        RLEBitPackedHybridEncoder.writeVarUInt(300, into: &out)
        RLEBitPackedHybridEncoder.writeZigZag(-2, into: &out)
        RLEBitPackedHybridEncoder.writeZigZag(Int64.min, into: &out)
        var c = ByteCursor(out)
        #expect(try c.readVarUInt64("a") == 300)
        #expect(try c.readZigZagInt64("b") == -2)
        #expect(try c.readZigZagInt64("c") == Int64.min)
    }
}
