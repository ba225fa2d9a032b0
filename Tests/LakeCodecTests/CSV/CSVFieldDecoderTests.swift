import Testing

@testable import LakeCodec

#if canImport(Glibc)
    import Glibc
#endif

@Suite("CSVFieldDecoder")
struct CSVFieldDecoderTests {
    private static func parse(_ text: String) -> Double? {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { CSVFieldDecoder.double(UnsafeBufferPointer($0)) }
    }

    private static func strtodValue(_ text: String) -> Double? {
        Array(text.utf8).withUnsafeBufferPointer { CSVFieldDecoder.strtodExact($0) }
    }

    /// Deterministic 64-bit generator (PCG-style LCG, high bits).
    private struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let a = state >> 32
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return a << 32 | state >> 32
        }
    }

    /// Random finite doubles printed in their shortest round-trip form (Swift's `description`, as the
    /// bench's and most writers' 16–17 digit values) read back bit for bit, whichever path takes them.
    @Test func shortestFormsOfRandomDoublesRoundTrip() {
        var g = Generator(state: 42)
        var checked = 0
        for _ in 0..<100_000 {
            // Magnitudes a CSV holds: 1e-12 … 1e12, and every sign.
            let exponent = Int(g.next() % 80) - 40
            let d =
                Double(sign: g.next() & 1 == 0 ? .plus : .minus, exponent: exponent, significand: 1)
                * (1 + Double(g.next() >> 12) / Double(1 << 52))
            let text = d.description
            #expect(Self.parse(text)?.bitPattern == d.bitPattern, "\(text)")
            checked += 1
        }
        #expect(checked == 100_000)
    }

    /// Decimal strings of 17–19 significant digits with 0–27 fraction digits (the extended-precision path):
    /// the same bits as the C library's correctly rounded `strtod`, and every one taken by that path except
    /// exact midpoints.
    @Test func longMantissasMatchStrtod() {
        #if arch(x86_64) && !os(Windows)
            var g = Generator(state: 7)
            var viaExtended = 0
            var viaStrtod = 0
            for _ in 0..<100_000 {
                let digits = 17 + Int(g.next() % 3)
                var mantissa: UInt64 = 1 + g.next() % 9
                for _ in 1..<digits { mantissa = mantissa * 10 + g.next() % 10 }
                let scale = Int(g.next() % 28)
                var text = String(mantissa)
                if scale > 0 {
                    text = String(repeating: "0", count: max(0, scale - text.count + 1)) + text
                    text.insert(".", at: text.index(text.endIndex, offsetBy: -scale))
                }
                let expected = Self.strtodValue(text)
                #expect(Self.parse(text)?.bitPattern == expected?.bitPattern, "\(text)")
                if scale > 0, CSVFieldDecoder.extendedQuotient(mantissa, scale) != nil {
                    viaExtended += 1
                } else if scale > 0 {
                    viaStrtod += 1
                }
            }
            // Scale 0 never reaches the extended path (UInt64 → Double rounds correctly). Of the rest, an
            // inexact quotient is a midpoint about once in 2^11 draws; an exact one (m divisible by 5^scale)
            // more often, and `strtod` then decides what the extended path could have: 157 in all, 0.16%.
            #expect(viaExtended + viaStrtod == 96_465)
            #expect(viaStrtod == 157)
        #endif
    }

    /// Exact midpoints between two doubles round to even; the extended path refuses them (double rounding)
    /// and `strtod` decides.
    @Test func exactMidpointsRoundToEven() {
        // 2^53 + 1 lies halfway between 2^53 and 2^53 + 2: even is 2^53.
        #expect(Self.parse("9007199254740993") == 9_007_199_254_740_992)
        // 2^53 + 3 lies halfway between 2^53 + 2 and 2^53 + 4: even is 2^53 + 4.
        #expect(Self.parse("9007199254740995") == 9_007_199_254_740_996)
        #expect(Self.parse("-9007199254740993") == -9_007_199_254_740_992)
        // 2^54 + 2 lies halfway between 2^54 and 2^54 + 4, as a decimal fraction.
        #expect(Self.parse("18014398509481986.0") == 18_014_398_509_481_984)
        #if arch(x86_64) && !os(Windows)
            #expect(CSVFieldDecoder.extendedQuotient(9_007_199_254_740_993, 0) == nil)
            #expect(CSVFieldDecoder.extendedQuotient(180_143_985_094_819_860, 1) == nil)
            #expect(CSVFieldDecoder.extendedQuotient(9_007_199_254_740_994, 0) == 9_007_199_254_740_994)
        #endif
    }

    @Test func rejectsWhatIsNotADouble() {
        for text in ["", "-", "+", ".", "1.2.3", "1,5", "0x10", "1e", "abc", "1.5x"] {
            #expect(Self.parse(text) == nil, "\(text)")
        }
        #expect(Self.parse("1e3") == 1000)
        #expect(Self.parse("-0.0")?.sign == .minus)
        #expect(Self.parse("00000000000000000000001.5") == 1.5)
    }

    /// Eight ASCII digits read as one word give the number they spell, the first digit the highest.
    @Test func eightDigitsAtOnce() {
        var g = Generator(state: 11)
        for _ in 0..<10_000 {
            let n = g.next() % 100_000_000
            let text = String(repeating: "0", count: 8 - String(n).count) + String(n)
            let word = Array(text.utf8).withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
            #expect(CSVFieldDecoder.eightDigits(word) == n, "\(text)")
        }
    }

    /// The word-at-a-time front and the digit-at-a-time parser behind it agree bit for bit on texts of
    /// every length round the 8-digit steps and the 19-digit limit, leading zeros, signs and points
    /// anywhere, and on texts that are not numbers (both nil).
    @Test func wordAtATimeAgreesWithTheParserBehindIt() {
        var g = Generator(state: 5)
        let alphabet = Array("0123456789".utf8)
        var numbers = 0
        for _ in 0..<200_000 {
            let length = 1 + Int(g.next() % 26)
            var bytes = (0..<length).map { _ in alphabet[Int(g.next() % 10)] }
            if g.next() % 2 == 0 { bytes.insert(UInt8(ascii: "."), at: Int(g.next() % UInt64(length + 1))) }
            if g.next() % 4 == 0 { bytes.insert(g.next() % 2 == 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"), at: 0) }
            if g.next() % 16 == 0 { bytes[Int(g.next() % UInt64(bytes.count))] = UInt8(ascii: "x") }
            let (fast, slow) = bytes.withUnsafeBufferPointer {
                (CSVFieldDecoder.double($0), CSVFieldDecoder.parsedDouble($0))
            }
            #expect(fast?.bitPattern == slow?.bitPattern, "\(String(decoding: bytes, as: UTF8.self))")
            if fast != nil { numbers += 1 }
        }
        // Every text without an "x" (one in 16 has one) is a number: 187,539 of the 200,000.
        #expect(numbers == 187_539)
    }
}
