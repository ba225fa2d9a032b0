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

    @Test(arguments: [1, 3, 1000])
    func fusedDecodeMatchesIndicesThenGather(dictionaryCount: Int) throws {
        let indices = sampleValues(count: 5000, bitWidth: 12, seed: UInt64(dictionaryCount)).map {
            $0 % Int32(dictionaryCount)
        }
        var bytes: [UInt8] = []
        RLEBitPackedHybridEncoder.encodeDictionaryIndices(indices, dictionaryCount: dictionaryCount, into: &bytes)
        let numbers = (0..<dictionaryCount).map { Int64($0) * 1_000_003 }
        let strings = try BinaryArray((0..<dictionaryCount).map { Array("value-\($0)".utf8) })

        var c = ByteCursor(bytes)
        var fused: [Int64] = [-1]
        try DictionaryIndexDecoder.decodeValues(&c, count: indices.count, dictionary: numbers, into: &fused)
        #expect(fused == [-1] + indices.map { numbers[Int($0)] })

        var c2 = ByteCursor(bytes)
        var fusedStrings = try BinaryArray([[1]])
        try DictionaryIndexDecoder.decodeValues(&c2, count: indices.count, dictionary: strings, into: &fusedStrings)
        var expected = try BinaryArray([[1]])
        try DictionaryGather.gather(strings, indices: indices, into: &expected)
        #expect(fusedStrings == expected)
        #expect(c.position == c2.position)
    }

    @Test func fusedDecodeRejectsBadIndicesAndLeavesOutputUnchanged() throws {
        // An RLE run of index 5, and a bit-packed run containing 5, against a dictionary of 5.
        var rle: [UInt8] = []
        RLEBitPackedHybridEncoder.encodeDictionaryIndices(
            Array(repeating: 5, count: 20), dictionaryCount: 8, into: &rle)
        var packed: [UInt8] = []
        RLEBitPackedHybridEncoder.encodeDictionaryIndices([0, 1, 2, 3, 4, 5, 0, 1], dictionaryCount: 8, into: &packed)
        let dict: [Int32] = [10, 11, 12, 13, 14]
        let strings = try BinaryArray(dict.map { [UInt8($0)] })
        for bytes in [rle, packed] {
            var c = ByteCursor(bytes)
            var out: [Int32] = [7]
            expectCodecError(.corrupt) {
                try DictionaryIndexDecoder.decodeValues(&c, count: 8, dictionary: dict, into: &out)
            }
            #expect(out == [7])
            var c2 = ByteCursor(bytes)
            var outStrings = try BinaryArray([[7]])
            expectCodecError(.corrupt) {
                try DictionaryIndexDecoder.decodeValues(&c2, count: 8, dictionary: strings, into: &outStrings)
            }
            #expect(outStrings == (try BinaryArray([[7]])))
        }
        var empty = ByteCursor([])
        var out: [Int32] = []
        try DictionaryIndexDecoder.decodeValues(&empty, count: 0, dictionary: dict, into: &out)
        expectCodecError(.truncated) {
            try DictionaryIndexDecoder.decodeValues(&empty, count: 1, dictionary: dict, into: &out)
        }
    }
}
