import Testing

@testable import LakeCodec

@Suite struct PlainEncoderTests {
    @Test func layouts() throws {
        var out: [UInt8] = []
        PlainEncoder.encodeInt32([1, -2], into: &out)
        #expect(out == [1, 0, 0, 0, 0xFE, 0xFF, 0xFF, 0xFF])
        out = []
        PlainEncoder.encodeByteArrays(try BinaryArray([Array("ab".utf8)]), into: &out)
        #expect(out == [2, 0, 0, 0, 0x61, 0x62])
        out = []
        PlainEncoder.encodeBooleans([true, true, false, false, false, false, false, false, true], into: &out)
        #expect(out == [0x03, 0x01])
        out = []
        PlainEncoder.encodeInt96([Int96(lo: 0x0102, hi: 7)], into: &out)
        #expect(out == [2, 1, 0, 0, 0, 0, 0, 0, 7, 0, 0, 0])
    }
}
