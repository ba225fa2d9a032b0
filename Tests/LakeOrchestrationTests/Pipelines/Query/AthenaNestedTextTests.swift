import Testing

@testable import LakeOrchestration

/// Athena's text for array, map and row values read into structure (no emulator: the parser alone).
@Suite struct AthenaNestedTextTests {
    @Test func arraysOfScalarsReadByWhatTheyLookLike() {
        #expect(
            AthenaNestedText.parse("[1, -2, 2.5, true, null, abc]")
                == .array([.int(1), .int(-2), .double(2.5), .bool(true), .null, .string("abc")]))
        #expect(AthenaNestedText.parse("[]") == .array([]))
    }

    /// Athena separates elements with `, `: a comma inside a string element is text.
    @Test func aCommaWithoutASpaceIsPartOfTheText() {
        #expect(AthenaNestedText.parse("[a,b, null, x,]") == .array([.string("a,b"), .null, .string("x,")]))
        #expect(
            AthenaNestedText.parse("{k=x,y, n=1}")
                == .object([QueryField("k", .string("x,y")), QueryField("n", .int(1))]))
    }

    @Test func rowsAndMapsBecomeObjectsInAthenasOrder() {
        #expect(
            AthenaNestedText.parse("{id=7, tags=[a, b], address={city=Oslo, zip=null}}")
                == .object([
                    QueryField("id", .int(7)), QueryField("tags", .array([.string("a"), .string("b")])),
                    QueryField("address", .object([QueryField("city", .string("Oslo")), QueryField("zip", .null)])),
                ]))
        #expect(AthenaNestedText.parse("{}") == .object([]))
        #expect(
            AthenaNestedText.parse("[{k=1}, {k=2}]")
                == .array([.object([QueryField("k", .int(1))]), .object([QueryField("k", .int(2))])]))
    }

    @Test(arguments: ["[1, 2", "{a=1", "{=1}", "[1] x", "plain", "", "{a}", String(repeating: "[", count: 100)])
    func malformedTextIsNilSoTheCallerKeepsIt(text: String) {
        #expect(AthenaNestedText.parse(text) == nil)
        #expect(QueryValue(text: text, athenaType: "array") == .string(text))
    }
}
