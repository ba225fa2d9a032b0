import Testing

@testable import LakeCodec

@Suite struct BitPackingTests {
    @Test func specOrder() {
        var out: [UInt8] = []
        BitPacking.pack((0..<8).map { UInt64($0) }, bitWidth: 3, into: &out)
        #expect(out == [0b1000_1000, 0b1100_0110, 0b1111_1010])
    }

    @Test func lastBytePaddedWithZeros() {
        var out: [UInt8] = []
        BitPacking.pack([1, 1, 1], bitWidth: 1, into: &out)
        #expect(out == [0b0000_0111])
        out = []
        BitPacking.pack([~0, 1], bitWidth: 64, into: &out)
        #expect(out == Array(repeating: 0xFF, count: 8) + [1, 0, 0, 0, 0, 0, 0, 0])
    }

    @Test func widths() {
        #expect(BitPacking.bitWidth(of: 0) == 0)
        #expect(BitPacking.bitWidth(of: 1) == 1)
        #expect(BitPacking.bitWidth(of: 255) == 8)
        #expect(BitPacking.bitWidth(of: ~0) == 64)
    }
}
