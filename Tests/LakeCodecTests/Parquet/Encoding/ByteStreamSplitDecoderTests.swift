import Testing

@testable import LakeCodec

@Suite struct ByteStreamSplitDecoderTests {
    /// Encodings.md: AA BB CC DD | 00 11 22 33 | A3 B4 C5 D6 ↔ AA 00 A3 BB 11 B4 CC 22 C5 DD 33 D6.
    @Test func specExample() throws {
        let encoded: [UInt8] = [0xAA, 0x00, 0xA3, 0xBB, 0x11, 0xB4, 0xCC, 0x22, 0xC5, 0xDD, 0x33, 0xD6]
        let decoded: [UInt8] = [0xAA, 0xBB, 0xCC, 0xDD, 0x00, 0x11, 0x22, 0x33, 0xA3, 0xB4, 0xC5, 0xD6]
        var c = ByteCursor(encoded)
        var out: [UInt8] = []
        try ByteStreamSplitDecoder.decode(&c, count: 3, width: 4, into: &out)
        #expect(out == decoded)
        var back: [UInt8] = []
        ByteStreamSplitEncoder.encode(decoded, width: 4, into: &back)
        #expect(back == encoded)
    }

    @Test(arguments: [0, 1, 7, 1000])
    func typedRoundTrips(count: Int) throws {
        var rng = TestRNG(seed: UInt64(count))
        let f = (0..<count).map { _ in Float(Int32(truncatingIfNeeded: rng.next())) / 7 }
        let d = (0..<count).map { _ in Double(Int64(bitPattern: rng.next())) / 3 }
        let i32 = (0..<count).map { _ in Int32(truncatingIfNeeded: rng.next()) }
        let i64 = (0..<count).map { _ in Int64(bitPattern: rng.next()) }
        var bytes: [UInt8] = []
        ByteStreamSplitEncoder.encode(f, into: &bytes)
        ByteStreamSplitEncoder.encode(d, into: &bytes)
        ByteStreamSplitEncoder.encode(i32, into: &bytes)
        ByteStreamSplitEncoder.encode(i64, into: &bytes)
        var c = ByteCursor(bytes)
        var of: [Float] = []
        var od: [Double] = []
        var o32: [Int32] = []
        var o64: [Int64] = []
        try ByteStreamSplitDecoder.decodeFloat(&c, count: count, into: &of)
        try ByteStreamSplitDecoder.decodeDouble(&c, count: count, into: &od)
        try ByteStreamSplitDecoder.decodeInt32(&c, count: count, into: &o32)
        try ByteStreamSplitDecoder.decodeInt64(&c, count: count, into: &o64)
        #expect(of == f)
        #expect(od == d)
        #expect(o32 == i32)
        #expect(o64 == i64)
        #expect(c.isAtEnd)
    }

    @Test func fixedLenByteArrays() throws {
        var bytes: [UInt8] = []
        ByteStreamSplitEncoder.encode([1, 2, 3, 4, 5, 6], width: 3, into: &bytes)
        var c = ByteCursor(bytes)
        var out = BinaryArray()
        try ByteStreamSplitDecoder.decodeFixedLenByteArrays(&c, count: 2, typeLength: 3, into: &out)
        #expect(out.values == [[1, 2, 3], [4, 5, 6]])
    }

    @Test func errors() {
        var c = ByteCursor([1, 2, 3])
        var out: [UInt8] = []
        expectCodecError(.truncated) { try ByteStreamSplitDecoder.decode(&c, count: 1, width: 4, into: &out) }
        expectCodecError(.corrupt) { try ByteStreamSplitDecoder.decode(&c, count: 1, width: 0, into: &out) }
        expectCodecError(.truncated) {
            try ByteStreamSplitDecoder.decode(&c, count: 1 << 27, width: Int.max / 4, into: &out)
        }
        #expect(c.position == 0)
    }
}
