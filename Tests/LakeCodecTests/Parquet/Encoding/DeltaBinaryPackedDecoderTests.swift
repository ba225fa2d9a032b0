import Testing

@testable import LakeCodec

@Suite struct DeltaBinaryPackedDecoderTests {
    /// Encodings.md, DELTA_BINARY_PACKED example 1: 1, 2, 3, 4, 5 (block size 8, one miniblock).
    @Test func specExample1() throws {
        let bytes: [UInt8] = [8, 1, 5, 2, /* block: min delta 1 */ 2, /* width */ 0]
        var c = ByteCursor(bytes)
        var out: [Int32] = []
        try DeltaBinaryPackedDecoder.decodeInt32(&c, count: 5, into: &out)
        #expect(out == [1, 2, 3, 4, 5])
        #expect(c.isAtEnd)
    }

    /// Example 2: 7, 5, 3, 1, 2, 3, 4, 5; min delta -2, relative deltas 0,0,0,3,3,3,3 on 2 bits.
    @Test func specExample2() throws {
        let bytes: [UInt8] = [8, 1, 8, 14, /* min delta -2 */ 3, /* width */ 2, 0xC0, 0x3F]
        var c = ByteCursor(bytes)
        var out: [Int64] = []
        try DeltaBinaryPackedDecoder.decodeInt64(&c, count: 8, into: &out)
        #expect(out == [7, 5, 3, 1, 2, 3, 4, 5])
        #expect(c.isAtEnd)
        var encoded: [UInt8] = []
        DeltaBinaryPackedEncoder.encodeInt64([7, 5, 3, 1, 2, 3, 4, 5], blockSize: 8, miniblocks: 1, into: &encoded)
        #expect(encoded == bytes)
    }

    @Test(arguments: [0, 1, 7, 8, 9, 129, 1000])
    func int32RoundTrip(count: Int) throws {
        var rng = TestRNG(seed: UInt64(count))
        var values: [Int32] = []
        var v: Int32 = 0
        for i in 0..<count {
            // Mix small steps, big jumps and wrap-around extremes.
            switch i % 50 {
            case 0: v = .min
            case 1: v = .max
            default: v = v &+ Int32(truncatingIfNeeded: rng.next() % (i % 3 == 0 ? 1 << 20 : 16))
            }
            values.append(v)
        }
        var bytes: [UInt8] = []
        DeltaBinaryPackedEncoder.encodeInt32(values, into: &bytes)
        bytes.append(0x99)  // data that follows must not be consumed
        var c = ByteCursor(bytes)
        var out: [Int32] = [123]
        try DeltaBinaryPackedDecoder.decodeInt32(&c, count: count, into: &out)
        #expect(out == [123] + values)
        #expect(c.remaining == 1)
    }

    @Test(arguments: [(128, 4), (256, 4), (64, 2), (8, 1)])
    func int64RoundTripLayouts(blockSize: Int, miniblocks: Int) throws {
        var rng = TestRNG(seed: 77)
        let values = (0..<1000).map { i in i % 97 == 0 ? Int64.min : Int64(bitPattern: rng.next()) >> Int64(i % 60) }
        var bytes: [UInt8] = []
        DeltaBinaryPackedEncoder.encodeInt64(values, blockSize: blockSize, miniblocks: miniblocks, into: &bytes)
        var c = ByteCursor(bytes)
        var out: [Int64] = []
        try DeltaBinaryPackedDecoder.decodeInt64(&c, count: values.count, into: &out)
        #expect(out == values)
        #expect(c.isAtEnd)
    }

    @Test func fewerValuesThanTheStreamStillEndsAfterIt() throws {
        var bytes: [UInt8] = []
        DeltaBinaryPackedEncoder.encodeInt32(Array(0..<300), into: &bytes)
        var c = ByteCursor(bytes)
        var out: [Int32] = []
        try DeltaBinaryPackedDecoder.decodeInt32(&c, count: 10, into: &out)
        #expect(out == Array(0..<10))
        #expect(c.isAtEnd)
    }

    @Test func unpaddedLastMiniblockIsAccepted() throws {
        // 3 values, width 2 needed for 1 byte of a 2-byte miniblock (8 values × 2 bits).
        let bytes: [UInt8] = [8, 1, 3, 0, 0, 2, 0b0000_1001]
        var c = ByteCursor(bytes)
        var out: [Int32] = []
        try DeltaBinaryPackedDecoder.decodeInt32(&c, count: 3, into: &out)
        #expect(out == [0, 1, 3])
    }

    @Test func corruptHeaders() {
        let cases: [([UInt8], CodecErrorKind)] = [
            ([0, 1, 1, 0], .corrupt),  // block size 0
            ([12, 1, 1, 0], .corrupt),  // not a multiple of 8
            ([128, 1, 3, 1, 0], .corrupt),  // 3 miniblocks do not divide 128
            ([128, 1, 0, 1, 0], .corrupt),  // 0 miniblocks
            ([128, 1, 64, 1, 0], .corrupt),  // 128 / 64 = 2 values per miniblock
            ([0x80, 0x80, 0x80, 0x01, 1, 1, 0], .limitExceeded),  // block size 2^21
            ([8, 1, 0x81, 0x80, 0x80, 0x80, 0x01, 0], .limitExceeded),  // 2^28 + 1 values
            ([8, 1], .truncated),
        ]
        for (bytes, kind) in cases {
            var c = ByteCursor(bytes)
            var out: [Int32] = []
            expectCodecError(kind) { try DeltaBinaryPackedDecoder.decodeInt32(&c, count: 0, into: &out) }
        }
    }

    @Test func tooFewValuesDeclared() {
        var c = ByteCursor([8, 1, 2, 0, 0, 0])
        var out: [Int32] = []
        expectCodecError(.corrupt) { try DeltaBinaryPackedDecoder.decodeInt32(&c, count: 3, into: &out) }
        #expect(out.isEmpty)
    }

    @Test func bitWidthWiderThanTypeIsCorrupt() {
        var c = ByteCursor([8, 1, 3, 0, 0, 33] + Array(repeating: 0, count: 40))
        var out: [Int32] = []
        expectCodecError(.corrupt) { try DeltaBinaryPackedDecoder.decodeInt32(&c, count: 3, into: &out) }
        var c64 = ByteCursor([8, 1, 3, 0, 0, 65] + Array(repeating: 0, count: 80))
        var out64: [Int64] = []
        expectCodecError(.corrupt) { try DeltaBinaryPackedDecoder.decodeInt64(&c64, count: 3, into: &out64) }
    }

    @Test func missingMiniblockIsTruncated() {
        var c = ByteCursor([8, 1, 8, 0, 0, 8, 1, 2])
        var out: [Int32] = []
        expectCodecError(.truncated) { try DeltaBinaryPackedDecoder.decodeInt32(&c, count: 8, into: &out) }
        #expect(out.isEmpty)
    }

    @Test func width64Values() throws {
        let values: [Int64] = [0, .max, .min, -1, 1, .max, 0, .min, 42]
        var bytes: [UInt8] = []
        DeltaBinaryPackedEncoder.encodeInt64(values, into: &bytes)
        var c = ByteCursor(bytes)
        var out: [Int64] = []
        try DeltaBinaryPackedDecoder.decodeInt64(&c, count: values.count, into: &out)
        #expect(out == values)
    }

    @Test func skipWalksTheWholeStream() throws {
        var bytes: [UInt8] = []
        DeltaBinaryPackedEncoder.encodeInt64((0..<1000).map { $0 * $0 }, into: &bytes)
        bytes.append(0x77)
        var c = ByteCursor(bytes)
        #expect(try DeltaBinaryPackedDecoder.skip(&c) == 1000)
        #expect(c.remaining == 1)
    }
}
