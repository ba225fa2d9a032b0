import Testing

@testable import LakeFilter

@Suite struct FilterRoundTripTests {
    /// parse → print → parse gives the same tree, and printing is a fixed point, for generated filters.
    @Test func generatedFiltersRoundTrip() throws {
        var generator = FilterGenerator(
            columns: [
                ("id", .integer, false), ("amount", .decimal, false), ("score", .double, false),
                ("name", .string, false), ("flag", .boolean, false), ("group", .string, false),
                ("country", .string, true),
            ], rng: SeededGenerator(seed: 11))
        var checked = 0
        for _ in 0..<400 {
            let text = generator.filter()
            let tree = try FilterExpression.parse(text)
            let printed = tree.canonicalText
            let reparsed = try FilterExpression.parse(printed)
            #expect(reparsed == tree, "\(text) → \(printed)")
            #expect(reparsed.canonicalText == printed)
            checked += 1
        }
        #expect(checked == 400)
    }

    @Test func printerParenthesisesOnlyWhereNeeded() throws {
        #expect(
            try FilterExpression.parse("((a = 1) and (b = 2)) and (c = 3)").canonicalText == "a = 1 AND b = 2 AND c = 3"
        )
        #expect(
            try FilterExpression.parse("a = 1 and (b = 2 and c = 3)").canonicalText == "a = 1 AND (b = 2 AND c = 3)")
        #expect(try FilterExpression.parse("not (a = 1 or b = 2)").canonicalText == "NOT (a = 1 OR b = 2)")
        #expect(
            try FilterExpression.parse("\"Weird col\".\"x\"\"y\" = 'it''s'").canonicalText
                == "\"Weird col\".\"x\"\"y\" = 'it''s'")
    }
}
