import Testing

@testable import LakeCodec

/// `SnappyDecoder` against libsnappy, its reference: what libsnappy compresses decodes to the input, and
/// on any stream, valid or damaged, both accept or both reject, with the same bytes when they accept.
@Suite struct SnappyDecoderTests {
    /// Either the decoded bytes or nil when the decoder threw; `out` has one spare byte, as pages get.
    static func decode(
        _ stream: [UInt8], expected: Int, reference: Bool = false
    ) -> [UInt8]? {
        var out = [UInt8](repeating: 0xA5, count: expected + 1)
        let produced: Int? = stream.withUnsafeBytes { input in
            out.withUnsafeMutableBytes { buffer in
                reference
                    ? try? Snappy.referenceDecompress(input, into: buffer, expected: expected)
                    : try? Snappy.decompress(input, into: buffer, expected: expected)
            }
        }
        guard let produced, produced == expected else { return nil }
        return Array(out[0..<produced])
    }

    private static func compress(_ bytes: [UInt8]) throws -> [UInt8] {
        try bytes.withUnsafeBytes { try Snappy.compress($0) }
    }

    /// Inputs of every shape a page holds: random bytes (long literals), text from a small vocabulary
    /// (short literals and copies from far back), runs (copies 1–15 bytes back, which overlap), length-
    /// prefixed strings (a PLAIN page), and mixes; sizes around the decoder's 64- and 70-byte margins.
    private static func samples() -> [[UInt8]] {
        PageSamples.make(
            seed: 0x5A_4E_41_50, sizes: Array(0...160) + [255, 256, 1_000, 4_095, 65_535, 65_536, 65_537, 200_000],
            segment: 97, longestRun: 90, integers: false)
    }

    @Test func decodesWhatLibsnappyCompresses() throws {
        let inputs = Self.samples()
        #expect(inputs.count == 169)
        for input in inputs {
            let stream = try Self.compress(input)
            #expect(Self.decode(stream, expected: input.count) == input, "\(input.count) bytes")
        }
    }

    /// Every tag kind written by hand, each placed where the fast path takes it (after 100 bytes, with more
    /// than 70 to follow) and at the very end (the exact path), with copies 1–70 bytes back of lengths
    /// 1–64, overlapping ones included.
    @Test func everyTagKindInBothPaths() throws {
        let prefix = (0..<100).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        let tail = (0..<100).map { UInt8(truncatingIfNeeded: $0 &* 53 &+ 7) }
        var cases = 0
        // A literal of 100 bytes: tag 60 says one length byte follows, holding the length less one.
        func literal100(_ bytes: [UInt8]) -> [UInt8] { [60 << 2, 99] + bytes }
        func check(_ tag: [UInt8], adds: Int, atEnd: Bool) {
            let body = literal100(prefix) + tag + (atEnd ? [] : literal100(tail))
            let produced = 100 + adds + (atEnd ? 0 : 100)
            let stream = varint(produced) + body
            let ours = Self.decode(stream, expected: produced)
            let reference = Self.decode(stream, expected: produced, reference: true)
            #expect(reference != nil, "reference rejected tag \(tag)")
            #expect(ours == reference, "tag \(tag) at end \(atEnd)")
            cases += 1
        }
        for atEnd in [false, true] {
            for length in 1...60 {
                check([UInt8((length - 1) << 2)] + Array(tail.prefix(length)), adds: length, atEnd: atEnd)
            }
            for extra in 1...4 {
                let length = 61 + extra
                var tag =
                    [UInt8((59 + extra) << 2)]
                    + withUnsafeBytes(of: UInt32(length - 1).littleEndian) { Array($0.prefix(extra)) }
                tag += Array(repeating: 0x42, count: length)
                check(tag, adds: length, atEnd: atEnd)
            }
            for offset in 1...70 {
                for length in 4...11 {
                    check(
                        [UInt8(1 | (length - 4) << 2 | (offset >> 8) << 5), UInt8(offset & 0xFF)], adds: length,
                        atEnd: atEnd)
                }
                for length in [1, 2, 3, 8, 15, 16, 17, 31, 32, 33, 48, 63, 64] {
                    check([UInt8(2 | (length - 1) << 2), UInt8(offset), 0], adds: length, atEnd: atEnd)
                    check([UInt8(3 | (length - 1) << 2), UInt8(offset), 0, 0, 0], adds: length, atEnd: atEnd)
                }
            }
        }
        #expect(cases == 2 * (60 + 4 + 70 * (8 + 26)))
    }

    /// Damaged streams (bytes replaced, cut short, lengths misdeclared): the decoder and libsnappy agree
    /// on each, and damaged streams never write past the output buffer.
    @Test func agreesWithLibsnappyOnDamagedStreams() throws {
        var rng = TestRNG(seed: 20_261_206)
        let inputs = Self.samples().filter { $0.count >= 8 }
        var accepted = 0, rejected = 0
        for round in 0..<12_000 {
            let input = inputs[round % inputs.count]
            var stream = try Self.compress(input)
            var expected = input.count
            PageSamples.damage(&stream, expected: &expected, using: &rng)
            expected = max(0, expected)
            let ours = Self.decode(stream, expected: expected)
            let reference = Self.decode(stream, expected: expected, reference: true)
            #expect(ours == reference, "round \(round)")
            if reference == nil { rejected += 1 } else { accepted += 1 }
        }
        #expect(accepted == 5_273)
        #expect(rejected == 6_727)
    }

    /// Bytes past the buffer the decoder is given stay untouched, on the fast path's 16-byte moves too.
    @Test func neverWritesPastItsBuffer() throws {
        for input in Self.samples() where input.count >= 64 {
            let stream = try Self.compress(input)
            var memory = [UInt8](repeating: 0xEE, count: input.count + 1 + 128)
            let produced = try stream.withUnsafeBytes { src in
                try memory.withUnsafeMutableBytes { all in
                    try SnappyDecoder.decompress(
                        src, into: UnsafeMutableRawBufferPointer(rebasing: all[0..<(input.count + 1)]),
                        expected: input.count)
                }
            }
            #expect(produced == input.count)
            #expect(Array(memory[0..<input.count]) == input)
            #expect(memory[(input.count + 1)...].allSatisfy { $0 == 0xEE }, "\(input.count) bytes")
        }
    }

    @Test func rejectsCopiesFromBeforeTheStartAndOffsetZero() throws {
        // "ab" then a 1-byte-offset copy of 4 bytes from 3 back (only 2 written), then from 0 back.
        for offset: UInt8 in [3, 0] {
            let stream: [UInt8] = [6, 1 << 2, 0x61, 0x62, 1, offset]
            expectCodecError(.compression) {
                _ = try Decompressor.decompress(stream, codec: .snappy, uncompressedSize: 6)
            }
        }
        let valid: [UInt8] = [6, 1 << 2, 0x61, 0x62, 1, 2]
        #expect(try Decompressor.decompress(valid, codec: .snappy, uncompressedSize: 6) == Array("ababab".utf8))
    }

    @Test func rejectsTruncatedTagsAndOverruns() {
        let streams: [([UInt8], Int)] = [
            ([5, 4 << 2, 0x68, 0x65], 5),  // literal cut short
            ([70, 61 << 2, 69], 70),  // literal length byte present, bytes missing
            ([70, 62 << 2, 69], 70),  // two length bytes, one present
            ([6, 1 << 2, 0x61, 0x62, 2, 2], 6),  // 2-byte-offset copy cut short
            ([6, 1 << 2, 0x61, 0x62, 3, 2, 0, 0], 6),  // 4-byte-offset copy cut short
            ([3, 1 << 2, 0x61, 0x62, 1, 2], 3),  // copy writes past the declared length
            ([1, 1 << 2, 0x61, 0x62], 1),  // literal writes past the declared length
        ]
        for (stream, size) in streams {
            expectCodecError(.compression) {
                _ = try Decompressor.decompress(stream, codec: .snappy, uncompressedSize: size)
            }
        }
    }

    /// A literal whose 4-byte length field is 0xFFFFFFFF is empty: libsnappy sums it and one in 32 bits.
    /// 0xFFFFFFFE (a literal of 2^32 - 1 bytes) is longer than any input here and rejected by both.
    @Test func aLiteralLengthOf2To32WrapsToEmptyAsInLibsnappy() {
        let empty: [UInt8] = [2, 63 << 2, 0xFF, 0xFF, 0xFF, 0xFF, 1 << 2, 0x61, 0x62]
        #expect(Self.decode(empty, expected: 2) == Array("ab".utf8))
        #expect(Self.decode(empty, expected: 2, reference: true) == Array("ab".utf8))
        let long: [UInt8] = [2, 63 << 2, 0xFE, 0xFF, 0xFF, 0xFF, 1 << 2, 0x61, 0x62]
        #expect(Self.decode(long, expected: 2) == nil)
        #expect(Self.decode(long, expected: 2, reference: true) == nil)
    }

    @Test func lengthHeaderOfAtMostFiveBytesBelow2To32() throws {
        let five: [UInt8] = [0x80, 0x80, 0x80, 0x80, 0x0F]
        let parsed = try five.withUnsafeBytes { try SnappyDecoder.uncompressedLength($0) }
        #expect(parsed.length == 0xF000_0000 && parsed.bytes == 5)
        for bad: [UInt8] in [[0x80, 0x80, 0x80, 0x80, 0x10], [0x80, 0x80, 0x80, 0x80, 0x80, 0x01], [0x80]] {
            #expect(throws: CodecError.self) {
                _ = try bad.withUnsafeBytes { try SnappyDecoder.uncompressedLength($0) }
            }
        }
    }

    private func varint(_ value: Int) -> [UInt8] {
        var v = value
        var out: [UInt8] = []
        while v >= 0x80 {
            out.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        return out + [UInt8(v)]
    }
}
