import Testing

@testable import LakeFilter

@Suite struct UTF8OrderTests {
    @Test func equalityIsByBytesNotCanonicalEquivalence() {
        let composed = "caf\u{E9}"
        let decomposed = "cafe\u{301}"
        #expect(composed == decomposed)  // Swift's own ==: canonically equivalent
        #expect(!UTF8Order.equal(composed, decomposed))
        #expect(UTF8Order.equal(composed, "caf" + "\u{E9}"))
        // Past the small-string size, two separately built strings hold different storage.
        let long = String(repeating: "long text ", count: 8)
        let built = (0..<8).map { _ in "long text " }.joined()
        #expect(UTF8Order.equal(long, built))
        #expect(!UTF8Order.equal(long, built + "!"))
        #expect(!UTF8Order.equal(long, String(long.dropLast()) + "X"))
        #expect(UTF8Order.equal("", ""))
    }

    @Test func orderIsCodePointOrderWithPrefixesFirst() {
        #expect(UTF8Order.less("Z", "a"))
        #expect(UTF8Order.less("z", "\u{E9}"))
        #expect(UTF8Order.less("ab", "abc"))
        #expect(!UTF8Order.less("abc", "ab"))
        #expect(!UTF8Order.less("abc", "abc"))
        #expect(UTF8Order.less("", "a"))
        #expect(UTF8Order.compare("cafe\u{301}", "caf\u{E9}") < 0)  // 'e' (0x65) before 0xC3
        #expect(UTF8Order.compare("b", "a") > 0)
    }
}
