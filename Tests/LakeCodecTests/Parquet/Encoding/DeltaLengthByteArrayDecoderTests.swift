import Testing

@testable import LakeCodec

@Suite struct DeltaLengthByteArrayDecoderTests {
    /// Encodings.md: "Hello", "World", "Foobar", "ABCDEF" → DeltaEncoding(5, 5, 6, 6) "HelloWorldFoobarABCDEF".
    @Test func specExample() throws {
        var bytes: [UInt8] = []
        DeltaBinaryPackedEncoder.encodeInt32([5, 5, 6, 6], into: &bytes)
        bytes += Array("HelloWorldFoobarABCDEF".utf8)
        var c = ByteCursor(bytes)
        var out = BinaryArray()
        try DeltaLengthByteArrayDecoder.decode(&c, count: 4, into: &out)
        #expect(out.values.map { String(decoding: $0, as: UTF8.self) } == ["Hello", "World", "Foobar", "ABCDEF"])
        #expect(c.isAtEnd)
    }

    @Test(arguments: [0, 1, 7, 8, 9, 1000])
    func roundTrip(count: Int) throws {
        var rng = TestRNG(seed: UInt64(count))
        let values = try BinaryArray(
            (0..<count).map { _ in (0..<Int(rng.next() % 20)).map { _ in UInt8(truncatingIfNeeded: rng.next()) } })
        var bytes: [UInt8] = []
        DeltaByteArrayEncoder.encodeLengths(values, into: &bytes)
        var c = ByteCursor(bytes)
        var out = try BinaryArray([[1, 2]])
        try DeltaLengthByteArrayDecoder.decode(&c, count: count, into: &out)
        #expect(out.values == [[1, 2]] + values.values)
    }

    @Test func negativeLengthIsCorrupt() {
        var bytes: [UInt8] = []
        DeltaBinaryPackedEncoder.encodeInt32([3, -1], into: &bytes)
        bytes += [1, 2, 3]
        var c = ByteCursor(bytes)
        var out = BinaryArray()
        expectCodecError(.corrupt) { try DeltaLengthByteArrayDecoder.decode(&c, count: 2, into: &out) }
    }

    @Test func dataShorterThanLengthsIsTruncated() {
        var bytes: [UInt8] = []
        DeltaBinaryPackedEncoder.encodeInt32([3, 4], into: &bytes)
        bytes += [1, 2, 3, 4]
        var c = ByteCursor(bytes)
        var out = BinaryArray()
        expectCodecError(.truncated) { try DeltaLengthByteArrayDecoder.decode(&c, count: 2, into: &out) }
        #expect(out.count == 0)
    }
}
