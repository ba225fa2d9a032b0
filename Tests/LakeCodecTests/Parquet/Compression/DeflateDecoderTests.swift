import CCompression
import Testing

@testable import LakeCodec

/// `DeflateDecoder` (through `Gzip.decompress`) against zlib, its reference: what zlib compresses, with
/// every strategy and wrapper, decodes to the input, and on any stream, valid or damaged, both accept or
/// both reject, with the same bytes when they accept.
@Suite struct DeflateDecoderTests {
    /// Either the decoded bytes or nil when the decoder threw; `out` has one spare byte, as pages get.
    static func decode(_ stream: [UInt8], expected: Int, reference: Bool = false) -> [UInt8]? {
        var out = [UInt8](repeating: 0xA5, count: expected + 1)
        let produced: Int? = stream.withUnsafeBytes { input in
            out.withUnsafeMutableBytes { buffer in
                reference
                    ? try? Gzip.referenceDecompress(input, into: buffer)
                    : try? Gzip.decompress(input, into: buffer)
            }
        }
        guard let produced, produced == expected else { return nil }
        return Array(out[0..<produced])
    }

    /// Inputs of every shape a page holds: random bytes (stored blocks or literals only), text from a small
    /// vocabulary (matches from far back), runs with periods 1–15 (overlapping matches), length-prefixed
    /// strings (a PLAIN page), little-endian integers; sizes around the decoder's margins and past 64 KiB.
    static func samples() -> [[UInt8]] {
        PageSamples.make(
            seed: 0x1F8B_0808,
            sizes: Array(0...40) + [63, 64, 65, 257, 258, 259, 300, 1_000, 4_096, 32_768, 32_769, 65_536, 200_000],
            segment: 211, longestRun: 300, integers: true)
    }

    /// zlib's strategies cover every block type: stored (level 0), fixed (Z_FIXED), dynamic with matches
    /// (default, filtered, RLE) and without (Huffman only), at fast and best levels.
    static let settings: [(level: Int32, strategy: Int32)] = [
        (0, Z_DEFAULT_STRATEGY), (1, Z_DEFAULT_STRATEGY), (6, Z_DEFAULT_STRATEGY), (9, Z_DEFAULT_STRATEGY),
        (6, Z_FILTERED), (6, Z_HUFFMAN_ONLY), (6, Z_RLE), (6, Z_FIXED),
    ]

    @Test func decodesWhatZlibCompresses() {
        var cases = 0
        for input in Self.samples() {
            for (level, strategy) in Self.settings {
                for windowBits: Int32 in [31, 15] {  // gzip, zlib
                    let stream = ZlibReference.deflate(input, level: level, strategy: strategy, windowBits: windowBits)
                    #expect(
                        Self.decode(stream, expected: input.count) == input,
                        "\(input.count) bytes, level \(level), strategy \(strategy), window bits \(windowBits)")
                    cases += 1
                }
            }
        }
        #expect(cases == 54 * 8 * 2)
    }

    /// One byte more or less than the stream holds is refused, as zlib refuses it.
    @Test func aSizeOtherThanTheStreamsIsRefused() {
        for input in Self.samples() where !input.isEmpty {
            let stream = ZlibReference.deflate(input, windowBits: 31)
            for expected in [input.count - 1, input.count + 1] {
                #expect(Self.decode(stream, expected: expected) == nil)
                #expect(Self.decode(stream, expected: expected, reference: true) == nil)
            }
        }
    }

    /// Damaged streams (bytes replaced, bits flipped, cut short, sizes misdeclared), raw and wrapped: the
    /// decoder and zlib agree on each. Raw streams have no checksum, so most damaged ones still decode,
    /// which is where the two could differ in the bytes.
    @Test func agreesWithZlibOnDamagedStreams() {
        var rng = TestRNG(seed: 20_261_207)
        let inputs = Self.samples().filter { $0.count >= 8 && $0.count <= 65_536 }
        var accepted = 0, rejected = 0
        for round in 0..<12_000 {
            let input = inputs[round % inputs.count]
            let (level, strategy) = Self.settings[Int(rng.next() % UInt64(Self.settings.count))]
            let raw = round % 2 == 0
            var stream = ZlibReference.deflate(input, level: level, strategy: strategy, windowBits: raw ? -15 : 31)
            var expected = input.count
            PageSamples.damage(&stream, expected: &expected, using: &rng)
            let ours: [UInt8]?
            let reference: [UInt8]?
            if raw {
                ours = ZlibReference.decodeRaw(stream, limit: expected)
                reference = ZlibReference.inflateRaw(stream, limit: expected)
            } else {
                ours = Self.decode(stream, expected: expected)
                reference = Self.decode(stream, expected: expected, reference: true)
            }
            #expect(ours == reference, "round \(round)")
            if reference == nil { rejected += 1 } else { accepted += 1 }
        }
        #expect(accepted == 3_109)
        #expect(rejected == 8_891)
    }

    /// Bytes past the buffer the decoder is given stay untouched, on the word copies too.
    @Test func neverWritesPastItsBuffer() throws {
        for input in Self.samples() where input.count >= 64 {
            let stream = ZlibReference.deflate(input, windowBits: 31)
            var memory = [UInt8](repeating: 0xEE, count: input.count + 1 + 64)
            let produced = try stream.withUnsafeBytes { src in
                try memory.withUnsafeMutableBytes { all in
                    try Gzip.decompress(src, into: UnsafeMutableRawBufferPointer(rebasing: all[0..<(input.count + 1)]))
                }
            }
            #expect(produced == input.count)
            #expect(Array(memory[0..<input.count]) == input)
            #expect(memory[input.count...].allSatisfy { $0 == 0xEE }, "\(input.count) bytes")
        }
    }

    /// Every optional gzip header field, its header CRC right and wrong, and a zlib stream's header checks.
    @Test func headersAreCheckedAsZlibChecksThem() {
        let input = Array("headers of every kind".utf8)
        let body = ZlibReference.deflate(input, windowBits: -15)
        var trailer = withUnsafeBytes(of: ZlibReference.crc(input).littleEndian) { Array($0) }
        trailer += withUnsafeBytes(of: UInt32(input.count).littleEndian) { Array($0) }
        func member(flags: UInt8, fields: [UInt8], headerCRC: Bool, damageCRC: Bool = false) -> [UInt8] {
            var header: [UInt8] = [0x1F, 0x8B, 8, flags, 1, 2, 3, 4, 0, 3] + fields
            if headerCRC {
                let crc = ZlibReference.crc(header) ^ (damageCRC ? 1 : 0)
                header += [UInt8(crc & 0xFF), UInt8((crc >> 8) & 0xFF)]
            }
            return header + body + trailer
        }
        let extra: [UInt8] = [4, 0, 0x41, 0x42, 2, 0]
        let name = Array("page.bin".utf8) + [0]
        let comment = Array("written by hand".utf8) + [0]
        let streams: [(String, [UInt8], Bool)] = [
            ("plain", member(flags: 0, fields: [], headerCRC: false), true),
            ("extra", member(flags: 4, fields: extra, headerCRC: false), true),
            ("name", member(flags: 8, fields: name, headerCRC: false), true),
            ("comment", member(flags: 16, fields: comment, headerCRC: false), true),
            ("all", member(flags: 4 | 8 | 16 | 2, fields: extra + name + comment, headerCRC: true), true),
            ("header crc", member(flags: 2, fields: [], headerCRC: true), true),
            ("bad header crc", member(flags: 2, fields: [], headerCRC: true, damageCRC: true), false),
            ("reserved flag", member(flags: 0x20, fields: [], headerCRC: false), false),
            ("name unterminated", Array(member(flags: 8, fields: name, headerCRC: false).prefix(15)), false),
            ("method 7", [0x1F, 0x8B, 7] + Array(member(flags: 0, fields: [], headerCRC: false).dropFirst(3)), false),
            ("zlib", ZlibReference.deflate(input, windowBits: 15), true),
            ("zlib window 2^8", [0x08, 0x1D] + Array(ZlibReference.deflate(input, windowBits: 15).dropFirst(2)), true),
            (
                "zlib window 2^16", [0x88, 0x1C] + Array(ZlibReference.deflate(input, windowBits: 15).dropFirst(2)),
                false
            ),
            ("zlib check", [0x78, 0x9D] + Array(ZlibReference.deflate(input, windowBits: 15).dropFirst(2)), false),
            ("zlib dictionary", [0x78, 0xBB, 0, 0, 0, 1] + body, false),
            ("one byte", [0x1F], false),
        ]
        for (label, stream, accepted) in streams {
            let reference = Self.decode(stream, expected: input.count, reference: true)
            #expect((reference != nil) == accepted, "zlib on \(label)")
            #expect(Self.decode(stream, expected: input.count) == reference, "\(label)")
        }
    }

    /// Members back to back, gzip and zlib mixed, then zero padding; a member whose trailer is wrong is
    /// refused even after a good one.
    @Test func membersFollowOneAnother() {
        let a = Array("first member ".utf8), b = Array("second, a zlib stream ".utf8), c = Array("third".utf8)
        let stream =
            ZlibReference.deflate(a, windowBits: 31) + ZlibReference.deflate(b, windowBits: 15)
            + ZlibReference.deflate(c, level: 0, windowBits: 31) + [0, 0, 0]
        #expect(Self.decode(stream, expected: a.count + b.count + c.count) == a + b + c)
        var damaged = stream
        damaged[damaged.count - 8] ^= 1  // the last member's CRC
        #expect(Self.decode(damaged, expected: a.count + b.count + c.count) == nil)
        #expect(Self.decode(damaged, expected: a.count + b.count + c.count, reference: true) == nil)
    }
}
