import Testing

@testable import LakeCodec

@Suite struct PlainDecoderTests {
    @Test(arguments: [0, 1, 7, 8, 9, 1000])
    func booleansRoundTrip(count: Int) throws {
        var rng = TestRNG(seed: UInt64(count))
        let values = (0..<count).map { _ in rng.next() & 1 == 1 }
        var bytes: [UInt8] = []
        PlainEncoder.encodeBooleans(values, into: &bytes)
        #expect(bytes.count == (count + 7) / 8)
        var c = ByteCursor(bytes)
        var out: [Bool] = []
        try PlainDecoder.decodeBooleans(&c, count: count, into: &out)
        #expect(out == values)
        #expect(c.isAtEnd)
    }

    @Test func booleansAreLSBFirst() throws {
        var c = ByteCursor([0b0000_0101])
        var out: [Bool] = []
        try PlainDecoder.decodeBooleans(&c, count: 3, into: &out)
        #expect(out == [true, false, true])
    }

    @Test(arguments: [0, 1, 7, 1000])
    func numbersRoundTrip(count: Int) throws {
        var rng = TestRNG(seed: 99)
        let i32 = (0..<count).map { _ in Int32(truncatingIfNeeded: rng.next()) }
        let i64 = (0..<count).map { _ in Int64(bitPattern: rng.next()) }
        let f = (0..<count).map { _ in Float(bitPattern: UInt32(truncatingIfNeeded: rng.next() >> 2)) }
        let d = (0..<count).map { _ in Double(Int64(bitPattern: rng.next())) / 3 }
        var bytes: [UInt8] = [0xAA]  // the cursor starts at 1, so loads are unaligned
        PlainEncoder.encodeInt32(i32, into: &bytes)
        PlainEncoder.encodeInt64(i64, into: &bytes)
        PlainEncoder.encodeFloat(f, into: &bytes)
        PlainEncoder.encodeDouble(d, into: &bytes)
        var c = ByteCursor(bytes, start: 1)
        var o32: [Int32] = [1]
        var o64: [Int64] = []
        var of: [Float] = []
        var od: [Double] = []
        try PlainDecoder.decodeInt32(&c, count: count, into: &o32)
        try PlainDecoder.decodeInt64(&c, count: count, into: &o64)
        try PlainDecoder.decodeFloat(&c, count: count, into: &of)
        try PlainDecoder.decodeDouble(&c, count: count, into: &od)
        #expect(o32 == [1] + i32)
        #expect(o64 == i64)
        #expect(of.map(\.bitPattern) == f.map(\.bitPattern))
        #expect(od == d)
        #expect(c.isAtEnd)
    }

    @Test func int32IsLittleEndian() throws {
        var c = ByteCursor([0x01, 0x02, 0x03, 0x04, 0xFF, 0xFF, 0xFF, 0xFF])
        var out: [Int32] = []
        try PlainDecoder.decodeInt32(&c, count: 2, into: &out)
        #expect(out == [0x0403_0201, -1])
    }

    @Test func int96RoundTrip() throws {
        let values = [Int96(lo: 1, hi: 2_440_588), Int96(lo: .max, hi: .max), Int96(timestampNanos: -1)]
        var bytes: [UInt8] = []
        PlainEncoder.encodeInt96(values, into: &bytes)
        #expect(bytes.count == 36)
        var c = ByteCursor(bytes)
        var out: [Int96] = []
        try PlainDecoder.decodeInt96(&c, count: 3, into: &out)
        #expect(out == values)
    }

    @Test func byteArraysRoundTrip() throws {
        let values = try BinaryArray([Array("hello".utf8), [], Array("wörld".utf8), [0, 255]])
        var bytes: [UInt8] = []
        PlainEncoder.encodeByteArrays(values, into: &bytes)
        var c = ByteCursor(bytes)
        var out = BinaryArray()
        try PlainDecoder.decodeByteArrays(&c, count: 4, into: &out)
        #expect(out == values)
        #expect(c.isAtEnd)
    }

    /// Values of every length round the 16-byte word copy (and the last values, within 20 bytes of the
    /// end, copied the slow way), appended after values already in the array: each value exactly, nothing
    /// past the last one.
    @Test func byteArraysOfEveryShortLength() throws {
        let lengths = Array(0...40) + Array((0...40).reversed()) + [16, 17, 15, 0, 16]
        let values = lengths.enumerated().map { k, n in (0..<n).map { UInt8(truncatingIfNeeded: k * 31 + $0 + 1) } }
        var bytes: [UInt8] = []
        PlainEncoder.encodeByteArrays(try BinaryArray(values), into: &bytes)
        var c = ByteCursor(bytes)
        var out = try BinaryArray([Array("before".utf8)])
        try PlainDecoder.decodeByteArrays(&c, count: values.count, into: &out)
        #expect(out.values == [Array("before".utf8)] + values)
        #expect(out.bytes.count == 6 + lengths.reduce(0, +))
        #expect(c.isAtEnd)
    }

    @Test func fixedLenByteArrays() throws {
        var c = ByteCursor([1, 2, 3, 4, 5, 6, 7])
        var out = BinaryArray()
        try PlainDecoder.decodeFixedLenByteArrays(&c, count: 2, typeLength: 3, into: &out)
        #expect(out.values == [[1, 2, 3], [4, 5, 6]])
        #expect(c.remaining == 1)
    }

    @Test func truncatedNumbersThrowAndConsumeNothing() {
        var c = ByteCursor([1, 2, 3, 4, 5, 6, 7])
        var out: [Int64] = []
        expectCodecError(.truncated) { try PlainDecoder.decodeInt64(&c, count: 1, into: &out) }
        #expect(c.position == 0)
        #expect(out.isEmpty)
        var b: [Bool] = []
        expectCodecError(.truncated) { try PlainDecoder.decodeBooleans(&c, count: 57, into: &b) }
    }

    @Test func overflowingCountIsCaught() {
        var c = ByteCursor([1, 2, 3, 4])
        var out = BinaryArray()
        expectCodecError(.limitExceeded) {
            try PlainDecoder.decodeFixedLenByteArrays(
                &c, count: EncodingLimits.maxValues + 1, typeLength: 8, into: &out)
        }
        expectCodecError(.truncated) {
            try PlainDecoder.decodeFixedLenByteArrays(&c, count: 1 << 20, typeLength: Int.max / 2, into: &out)
        }
        expectCodecError(.corrupt) {
            try PlainDecoder.decodeFixedLenByteArrays(&c, count: 1, typeLength: -1, into: &out)
        }
    }

    @Test func byteArrayLengthPastEndIsTruncated() {
        // Value 0 is fine; value 1 claims 1000 bytes.
        var c = ByteCursor([1, 0, 0, 0, 0x41, 0xE8, 0x03, 0, 0, 0x42])
        var out = BinaryArray()
        expectCodecError(.truncated) { try PlainDecoder.decodeByteArrays(&c, count: 2, into: &out) }
        var c2 = ByteCursor([1, 0, 0, 0, 0x41])
        expectCodecError(.truncated) { try PlainDecoder.decodeByteArrays(&c2, count: 2, into: &out) }
    }
}
