import Testing

@testable import LakeCodec

@Suite struct DeltaByteArrayEncoderTests {
    @Test func sharedPrefixesAreFound() throws {
        var out: [UInt8] = []
        DeltaByteArrayEncoder.encode(
            try BinaryArray([Array("abc".utf8), Array("abd".utf8), Array("x".utf8)]), into: &out)
        var c = ByteCursor(out)
        var prefixes: [Int32] = []
        try DeltaBinaryPackedDecoder.decodeInt32(&c, count: 3, into: &prefixes)
        #expect(prefixes == [0, 2, 0])
        var suffixes = BinaryArray()
        try DeltaLengthByteArrayDecoder.decode(&c, count: 3, into: &suffixes)
        #expect(suffixes.values == [Array("abc".utf8), Array("d".utf8), Array("x".utf8)])
    }
}
