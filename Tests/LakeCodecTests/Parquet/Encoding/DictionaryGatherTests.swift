import Testing

@testable import LakeCodec

@Suite struct DictionaryGatherTests {
    @Test func gathersFixedWidthValues() throws {
        var out: [Double] = [0.5]
        try DictionaryGather.gather([1.0, 2.0, 3.0], indices: [2, 0, 0, 1], into: &out)
        #expect(out == [0.5, 3.0, 1.0, 1.0, 2.0])
    }

    @Test func gathersByteArrays() throws {
        let dict = try BinaryArray([Array("a".utf8), Array("bc".utf8)])
        var out = BinaryArray()
        try DictionaryGather.gather(dict, indices: [1, 1, 0], into: &out)
        #expect(out.values == [Array("bc".utf8), Array("bc".utf8), Array("a".utf8)])
    }

    @Test(arguments: [Int32(3), -1, .max, .min])
    func rejectsOutOfRangeIndex(bad: Int32) {
        var out: [Int64] = []
        expectCodecError(.corrupt) { try DictionaryGather.gather([1, 2, 3], indices: [0, bad], into: &out) }
        #expect(out.isEmpty)
    }

    @Test func emptyDictionaryRejectsAnyIndex() {
        var out: [Int32] = []
        expectCodecError(.corrupt) { try DictionaryGather.gather([], indices: [0], into: &out) }
        try? DictionaryGather.gather([Int32](), indices: [], into: &out)
        #expect(out.isEmpty)
    }
}
