import Testing

@testable import LakeCodec

/// Blocks written bit by bit, each decoded raw by `DeflateDecoder` and by zlib: the code-length checks
/// zlib makes (and the one incomplete code it allows), the limits, invalid symbols, distances too far
/// back, and codes long enough to need subtables. Each case states zlib's verdict, so a case that stops
/// testing what it says fails.
@Suite struct DeflateBlockTests {
    /// The code-length code used below: 0–12 in 4 bits, 13–18 in 5 (complete).
    static let precode = [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5]
    static let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    /// A dynamic block's header: counts, the code-length code, then `symbols` of it (symbol, extra bits'
    /// value, extra bits' count).
    static func dynamicHeader(
        _ w: inout DeflateBitWriter, final: Bool = true, literals: Int, distances: Int, precode: [Int] = precode,
        symbols: [(Int, Int, Int)]
    ) {
        w.put(final ? 1 : 0, bits: 1)
        w.put(2, bits: 2)
        w.put(literals - 257, bits: 5)
        w.put(distances - 1, bits: 5)
        w.put(19 - 4, bits: 4)
        for i in 0..<19 { w.put(precode[order[i]], bits: 3) }
        let codes = DeflateBitWriter.canonicalCodes(precode)
        for (symbol, extra, bits) in symbols {
            w.code(codes[symbol], length: precode[symbol])
            w.put(extra, bits: bits)
        }
    }

    /// A dynamic block's header giving these lengths one by one.
    static func dynamicHeader(_ w: inout DeflateBitWriter, final: Bool = true, literal: [Int], distance: [Int]) {
        dynamicHeader(
            &w, final: final, literals: literal.count, distances: distance.count,
            symbols: (literal + distance).map { ($0, 0, 0) })
    }

    /// Literal/length lengths: the given symbols at the given lengths, the rest unused.
    static func lengths(_ count: Int, _ assigned: [Int: Int]) -> [Int] {
        (0..<count).map { assigned[$0] ?? 0 }
    }

    /// Decodes raw with both and checks zlib's verdict is the stated one and the two agree.
    func check(_ label: String, _ stream: [UInt8], accepted: Bool, limit: Int = 4_096) {
        let reference = ZlibReference.inflateRaw(stream, limit: limit)
        #expect((reference != nil) == accepted, "zlib on \(label)")
        #expect(ZlibReference.decodeRaw(stream, limit: limit) == reference, "\(label)")
    }

    @Test func storedBlocks() {
        var w = DeflateBitWriter()
        w.put(0, bits: 1)
        w.put(0, bits: 2)
        w.align()
        let hello = Array("hello".utf8)
        var stream = w.bytes + [5, 0, 0xFA, 0xFF] + hello
        stream += [1, 0, 0, 0xFF, 0xFF]  // a final, empty stored block
        check("two stored blocks", stream, accepted: true)
        check("lengths do not match", w.bytes + [5, 0, 0xFB, 0xFF] + hello + [1, 0, 0, 0xFF, 0xFF], accepted: false)
        check("cut short", Array(stream.prefix(8)), accepted: false)
        check("longer than the output", stream, accepted: false, limit: 4)
    }

    @Test func fixedBlocks() {
        func literal(_ w: inout DeflateBitWriter, _ byte: Int) {
            byte < 144 ? w.code(0x30 + byte, length: 8) : w.code(0x190 + byte - 144, length: 9)
        }
        func symbol(_ w: inout DeflateBitWriter, _ s: Int) {
            s < 280 ? w.code(s - 256, length: 7) : w.code(0xC0 + s - 280, length: 8)
        }
        func block(_ body: (inout DeflateBitWriter) -> Void) -> [UInt8] {
            var w = DeflateBitWriter()
            w.put(1, bits: 1)
            w.put(1, bits: 2)
            body(&w)
            return w.bytes
        }
        check(
            "literals, a match, end",
            block { w in
                literal(&w, 0x61)
                literal(&w, 0xF0)
                symbol(&w, 258)  // length 4
                w.code(1, length: 5)  // distance 2
                symbol(&w, 256)
            }, accepted: true)
        check(
            "length code 286",
            block { w in
                literal(&w, 0x61)
                symbol(&w, 286)
            }, accepted: false)
        check(
            "distance code 30",
            block { w in
                literal(&w, 0x61)
                symbol(&w, 257)
                w.code(30, length: 5)
            }, accepted: false)
        check(
            "a distance before the first byte",
            block { w in
                literal(&w, 0x61)
                symbol(&w, 257)
                w.code(1, length: 5)  // distance 2, one byte written
                symbol(&w, 256)
            }, accepted: false)
        check(
            "a 258-byte match one byte back",
            block { w in
                literal(&w, 0x7A)
                symbol(&w, 285)
                w.code(0, length: 5)
                symbol(&w, 256)
            }, accepted: true)
        check("block type 3", [0x07, 0], accepted: false)
        check("no end of block", block { w in literal(&w, 0x61) }, accepted: false)
    }

    /// Codes of 1 to 15 bits, so that literal/length codes of 12–15 bits and distance codes of 9–15 bits go
    /// through subtables, matches of every distance code among them.
    @Test func longCodesGoThroughSubtables() {
        // Literals 'a'... get lengths 1...13, length symbol 257 14 bits, 'z' and end of block 15 bits.
        var assigned: [Int: Int] = [:]
        for i in 0..<13 { assigned[0x61 + i] = i + 1 }
        assigned[257] = 14
        assigned[0x7A] = 15
        assigned[256] = 15
        let literal = Self.lengths(258, assigned)
        // Distance codes 0–15 get lengths 1...14, 15, 15.
        let distance = (0..<16).map { min($0 + 1, 15) }
        let literalCodes = DeflateBitWriter.canonicalCodes(literal)
        let distanceCodes = DeflateBitWriter.canonicalCodes(distance)
        var w = DeflateBitWriter()
        Self.dynamicHeader(&w, literal: literal, distance: distance)
        var written = 0
        for round in 0..<100 {
            for s in [0x61 + round % 13, 0x7A] {
                w.code(literalCodes[s], length: literal[s])
                written += 1
            }
        }
        for code in 0..<16 {  // each distance code's base, within the 200 or more bytes written before it
            let base = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193][code]
            guard base <= written else { break }
            w.code(literalCodes[257], length: 14)
            w.code(distanceCodes[code], length: distance[code])
            w.put(0, bits: [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6][code])
            written += 3
        }
        w.code(literalCodes[256], length: 15)
        check("codes of 1–15 bits", w.bytes, accepted: true)
        #expect(ZlibReference.decodeRaw(w.bytes, limit: 4_096)?.count == written)
        #expect(written == 200 + 3 * 16)
    }

    @Test func codeLengthChecks() {
        let endOnly = Self.lengths(257, [256: 1])
        var w = DeflateBitWriter()
        Self.dynamicHeader(&w, literal: endOnly, distance: [0])
        w.put(0, bits: 1)  // end of block
        check("a single one-bit code, no distances", w.bytes, accepted: true)

        w = DeflateBitWriter()
        Self.dynamicHeader(&w, literal: endOnly, distance: [0])
        w.put(1, bits: 1)  // the one-bit code not assigned
        check("the code a single one-bit code leaves out", w.bytes, accepted: false)

        w = DeflateBitWriter()
        Self.dynamicHeader(&w, literal: Self.lengths(258, [0x61: 1, 256: 2, 257: 2]), distance: [1])
        w.code(0, length: 1)  // 'a'
        w.code(3, length: 2)  // length 3
        w.put(0, bits: 1)  // distance 1, the single one-bit distance code
        w.code(2, length: 2)  // end
        check("a single one-bit distance code", w.bytes, accepted: true)

        w = DeflateBitWriter()
        Self.dynamicHeader(&w, literal: Self.lengths(258, [0x61: 1, 256: 2, 257: 2]), distance: [1])
        w.code(0, length: 1)
        w.code(3, length: 2)
        w.put(1, bits: 1)  // the distance code left out
        check("the distance code a one-bit code leaves out", w.bytes, accepted: false)

        w = DeflateBitWriter()
        Self.dynamicHeader(&w, literal: Self.lengths(258, [0x61: 1, 256: 2, 257: 2]), distance: [0])
        w.code(0, length: 1)
        w.code(3, length: 2)
        check("a match with no distance code", w.bytes + [0, 0], accepted: false)

        for (label, literal, distance) in [
            ("literal code over-subscribed", Self.lengths(258, [0x61: 1, 0x62: 1, 256: 1]), [1]),
            ("literal code incomplete", Self.lengths(257, [0x61: 2, 256: 2]), [1]),
            ("end of block missing", Self.lengths(258, [0x61: 1, 257: 1]), [1]),
            ("distance code over-subscribed", Self.lengths(257, [0x61: 1, 256: 1]), [1, 1, 1]),
            ("distance code incomplete", Self.lengths(257, [0x61: 1, 256: 1]), [2, 2]),
        ] {
            w = DeflateBitWriter()
            Self.dynamicHeader(&w, literal: literal, distance: distance)
            check(label, w.bytes + [0, 0, 0, 0], accepted: false)
        }
    }

    @Test func headerLimitsAndRepeats() {
        func header(literals: Int, distances: Int, precode: [Int] = Self.precode, _ symbols: [(Int, Int, Int)])
            -> [UInt8]
        {
            var w = DeflateBitWriter()
            Self.dynamicHeader(&w, literals: literals, distances: distances, precode: precode, symbols: symbols)
            return w.bytes + [0, 0, 0, 0]
        }
        // 257 literal/length lengths and one distance length: 'a' and end of block 1 bit, the rest zero.
        // 97 zeros, 'a' 1 bit, 158 zeros, end of block 1 bit, the distance length zero.
        let valid: [(Int, Int, Int)] = [
            (18, 97 - 11, 7), (1, 0, 0), (18, 127, 7), (18, 20 - 11, 7), (1, 0, 0), (0, 0, 0),
        ]
        var w = DeflateBitWriter()
        Self.dynamicHeader(&w, literals: 257, distances: 1, symbols: valid)
        w.code(0, length: 1)  // 'a'
        w.code(1, length: 1)  // end
        check("repeats of zero", w.bytes, accepted: true)
        check("287 literal/length codes", header(literals: 287, distances: 1, valid), accepted: false)
        check("31 distance codes", header(literals: 257, distances: 31, valid), accepted: false)
        check("a repeat with nothing before it", header(literals: 257, distances: 1, [(16, 0, 2)]), accepted: false)
        check(
            "a repeat past the last length",
            header(literals: 257, distances: 1, [(18, 127, 7), (18, 127, 7)]), accepted: false)
        // 'a'–'d' 3 bits ('b'–'d' by repeating the length before), end of block 1 bit.
        let repeated: [(Int, Int, Int)] = [
            (18, 97 - 11, 7), (3, 0, 0), (16, 0, 2), (18, 127, 7), (18, 17 - 11, 7), (1, 0, 0), (0, 0, 0),
        ]
        let repeatedCodes = DeflateBitWriter.canonicalCodes(Self.lengths(257, [97: 3, 98: 3, 99: 3, 100: 3, 256: 1]))
        w = DeflateBitWriter()
        Self.dynamicHeader(&w, literals: 257, distances: 1, symbols: repeated)
        w.code(repeatedCodes[98], length: 3)  // 'b'
        w.code(repeatedCodes[256], length: 1)
        check("repeating the previous length", w.bytes, accepted: true)
        #expect(ZlibReference.decodeRaw(w.bytes, limit: 16) == [0x62])
        let overSubscribed = [Int](repeating: 1, count: 19)
        check(
            "code-length code over-subscribed", header(literals: 257, distances: 1, precode: overSubscribed, []),
            accepted: false)
        let incomplete = [3, 3, 3, 3, 3, 3, 3] + [Int](repeating: 0, count: 12)
        check(
            "code-length code incomplete", header(literals: 257, distances: 1, precode: incomplete, []),
            accepted: false)
        check(
            "code-length code empty",
            header(literals: 257, distances: 1, precode: [Int](repeating: 0, count: 19), []), accepted: false)
    }
}
