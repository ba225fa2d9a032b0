import Testing

@testable import LakeCodec

@Suite struct BooleanRLEDecoderTests {
    @Test(arguments: [0, 1, 9, 1000])
    func roundTrip(count: Int) throws {
        let bits = sampleValues(count: count, bitWidth: 1, seed: 21)
        var bytes: [UInt8] = []
        RLEBitPackedHybridEncoder.encodeWithLengthPrefix(bits, bitWidth: 1, into: &bytes)
        var c = ByteCursor(bytes)
        var out: [Bool] = []
        try BooleanRLEDecoder.decode(&c, count: count, into: &out)
        #expect(out == bits.map { $0 != 0 })
        #expect(c.isAtEnd)
    }

    @Test func truncated() {
        var c = ByteCursor([9, 0, 0, 0, 1])
        var out: [Bool] = []
        expectCodecError(.truncated) { try BooleanRLEDecoder.decode(&c, count: 1, into: &out) }
    }
}
