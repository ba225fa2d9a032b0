import Testing

@testable import LakeCodec

@Suite struct DictionaryIndexDecoderTests {
    @Test(arguments: [1, 2, 100, 5000])
    func roundTrip(dictionaryCount: Int) throws {
        var rng = TestRNG(seed: UInt64(dictionaryCount))
        let indices = (0..<2000).map { _ in Int32(rng.next() % UInt64(dictionaryCount)) }
        var bytes: [UInt8] = []
        RLEBitPackedHybridEncoder.encodeDictionaryIndices(indices, dictionaryCount: dictionaryCount, into: &bytes)
        var c = ByteCursor(bytes)
        var out: [Int32] = []
        try DictionaryIndexDecoder.decode(&c, count: indices.count, dictionaryCount: dictionaryCount, into: &out)
        #expect(out == indices)
    }

    @Test func outOfRangeIndexIsCorrupt() {
        var bytes: [UInt8] = []
        RLEBitPackedHybridEncoder.encodeDictionaryIndices([0, 1, 3], dictionaryCount: 4, into: &bytes)
        var c = ByteCursor(bytes)
        var out: [Int32] = []
        expectCodecError(.corrupt) { try DictionaryIndexDecoder.decode(&c, count: 3, dictionaryCount: 3, into: &out) }
    }

    @Test func bitWidthAbove32IsCorrupt() {
        var c = ByteCursor([33, 2, 0])
        var out: [Int32] = []
        expectCodecError(.corrupt) { try DictionaryIndexDecoder.decode(&c, count: 1, into: &out) }
    }

    @Test func emptyPage() throws {
        var c = ByteCursor([])
        var out: [Int32] = []
        try DictionaryIndexDecoder.decode(&c, count: 0, into: &out)
        #expect(out.isEmpty)
        expectCodecError(.truncated) { try DictionaryIndexDecoder.decode(&c, count: 1, into: &out) }
    }

    @Test func zeroBitWidthMeansAllZero() throws {
        var c = ByteCursor([0, 10 << 1])
        var out: [Int32] = []
        try DictionaryIndexDecoder.decode(&c, count: 10, dictionaryCount: 1, into: &out)
        #expect(out == Array(repeating: 0, count: 10))
    }
}
