import Testing

@testable import LakeCodec

@Suite struct DeltaByteArrayDecoderTests {
    /// Encodings.md: "axis", "axle", "babble", "babyhood" → prefixes (0, 2, 0, 3), suffix lengths
    /// (4, 2, 6, 5), "axislebabbleyhood".
    @Test func specExample() throws {
        var bytes: [UInt8] = []
        DeltaBinaryPackedEncoder.encodeInt32([0, 2, 0, 3], into: &bytes)
        DeltaBinaryPackedEncoder.encodeInt32([4, 2, 6, 5], into: &bytes)
        bytes += Array("axislebabbleyhood".utf8)
        var c = ByteCursor(bytes)
        var out = BinaryArray()
        try DeltaByteArrayDecoder.decode(&c, count: 4, into: &out)
        #expect(out.values.map { String(decoding: $0, as: UTF8.self) } == ["axis", "axle", "babble", "babyhood"])
        #expect(c.isAtEnd)

        var encoded: [UInt8] = []
        DeltaByteArrayEncoder.encode(
            try BinaryArray(["axis", "axle", "babble", "babyhood"].map { Array($0.utf8) }), into: &encoded)
        #expect(encoded == bytes)
    }

    @Test(arguments: [0, 1, 7, 8, 9, 1000])
    func roundTripSortedStrings(count: Int) throws {
        var rng = TestRNG(seed: UInt64(count) + 5)
        let strings = (0..<count).map { _ in "user/\(rng.next() % 50)/item-\(rng.next() % 1000)" }.sorted()
        let values = try BinaryArray(strings.map { Array($0.utf8) })
        var bytes: [UInt8] = []
        DeltaByteArrayEncoder.encode(values, into: &bytes)
        var c = ByteCursor(bytes)
        var out = try BinaryArray([[9]])
        try DeltaByteArrayDecoder.decode(&c, count: count, into: &out)
        #expect(out.values == [[9]] + values.values)
    }

    @Test func prefixLongerThanPreviousIsCorrupt() {
        var bytes: [UInt8] = []
        DeltaBinaryPackedEncoder.encodeInt32([0, 5], into: &bytes)
        DeltaBinaryPackedEncoder.encodeInt32([2, 1], into: &bytes)
        bytes += Array("abc".utf8)
        var c = ByteCursor(bytes)
        var out = BinaryArray()
        expectCodecError(.corrupt) { try DeltaByteArrayDecoder.decode(&c, count: 2, into: &out) }
    }

    @Test func firstPrefixMustBeZero() {
        var bytes: [UInt8] = []
        DeltaBinaryPackedEncoder.encodeInt32([1], into: &bytes)
        DeltaBinaryPackedEncoder.encodeInt32([1], into: &bytes)
        bytes += [0x41]
        var c = ByteCursor(bytes)
        var out = BinaryArray()
        expectCodecError(.corrupt) { try DeltaByteArrayDecoder.decode(&c, count: 1, into: &out) }
    }

    @Test func negativeSuffixLengthIsCorrupt() {
        var bytes: [UInt8] = []
        DeltaBinaryPackedEncoder.encodeInt32([0, 0], into: &bytes)
        DeltaBinaryPackedEncoder.encodeInt32([1, -1], into: &bytes)
        bytes += [0x41]
        var c = ByteCursor(bytes)
        var out = BinaryArray()
        expectCodecError(.corrupt) { try DeltaByteArrayDecoder.decode(&c, count: 2, into: &out) }
        #expect(out.count == 0)
    }

    @Test func suffixBytesMissingIsTruncated() {
        var bytes: [UInt8] = []
        DeltaBinaryPackedEncoder.encodeInt32([0, 1], into: &bytes)
        DeltaBinaryPackedEncoder.encodeInt32([2, 3], into: &bytes)
        bytes += [0x41, 0x42, 0x43]
        var c = ByteCursor(bytes)
        var out = BinaryArray()
        expectCodecError(.truncated) { try DeltaByteArrayDecoder.decode(&c, count: 2, into: &out) }
    }
}
