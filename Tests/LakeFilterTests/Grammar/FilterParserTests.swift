import Testing

@testable import LakeFilter

@Suite struct FilterParserTests {
    private func parse(_ text: String) throws -> FilterExpression { try FilterExpression.parse(text) }

    private func error(_ text: String) -> FilterError? {
        do {
            _ = try FilterExpression.parse(text)
            return nil
        } catch { return error }
    }

    @Test func andBindsTighterThanOrAndNotTighterThanAnd() throws {
        let tree = try parse("a = 1 or not b = 2 and c = 3")
        let a = FilterExpression.comparison(ColumnReference(["a"]), .equal, FilterLiteral(.number("1")))
        let b = FilterExpression.comparison(ColumnReference(["b"]), .equal, FilterLiteral(.number("2")))
        let c = FilterExpression.comparison(ColumnReference(["c"]), .equal, FilterLiteral(.number("3")))
        #expect(tree == .or(a, .and(.not(b), c)))
        #expect(try parse("(a = 1 OR b = 2) AND c = 3") == .and(.or(a, b), c))
    }

    @Test func everyPredicateFormParses() throws {
        let tree = try parse(
            "x IN ('a', 'b''c') AND y NOT IN (1, -2.5) AND z BETWEEN 1 AND 9 AND w NOT BETWEEN 'a' AND 'b' "
                + "AND s LIKE '%ited_' AND t NOT LIKE 'x%' AND n IS NULL AND m IS NOT NULL AND flag = TRUE "
                + "AND address.city <> 'Seoul' AND \"group\" != 'x' AND q >= 1e3")
        #expect(
            tree.canonicalText
                == "x IN ('a', 'b''c') AND y NOT IN (1, -2.5) AND z BETWEEN 1 AND 9 AND w NOT BETWEEN 'a' AND 'b' "
                + "AND s LIKE '%ited_' AND t NOT LIKE 'x%' AND n IS NULL AND m IS NOT NULL AND flag = TRUE "
                + "AND address.city <> 'Seoul' AND \"group\" <> 'x' AND q >= 1e3")
        #expect(
            tree.columns.map(\.description) == [
                "x", "y", "z", "w", "s", "t", "n", "m", "flag", "address.city", "group", "q",
            ])
    }

    @Test func keywordsInAnyCase() throws {
        #expect(try parse("a BeTwEeN 1 aNd 2 Or b iS nOt NuLl") == parse("a BETWEEN 1 AND 2 OR b IS NOT NULL"))
    }

    @Test func documentationExamplesParse() throws {
        for text in [
            "year > 2010 and country != 'US'", "(country between 'Z' and 'U') and (year = 2018)",
            "(country like '%ited%') and (year > 2000)", "customer.customerId <> 1",
        ] {
            _ = try parse(text)
        }
    }

    @Test(arguments: [
        ("upper(name) = 'A'", 1, "functions are not allowed"),
        ("a = b", 5, "column-to-column comparisons are not allowed"),
        ("a = \"b\"", 5, "column-to-column comparisons are not allowed"),
        ("a = NULL", 5, "use IS NULL"),
        ("1 = a", 1, "write the column first"),
        ("a = 1 +", 7, "arithmetic"),
        ("group = 'a'", 1, "must be double-quoted"),
        ("(a = 1", 1, "never closed"),
        ("a = 1)", 6, "no matching '('"),
        ("a = 'abc", 5, "unterminated string"),
        ("a LIKE 'x' ESCAPE '!'", 12, "ESCAPE"),
        ("a IS 1", 6, "expected NULL after IS"),
        ("a NOT = 1", 7, "expected IN, BETWEEN or LIKE after NOT"),
        ("a BETWEEN 1 OR 2", 13, "expected AND in BETWEEN"),
        ("a", 2, "expected a comparison"),
        ("", 1, "empty"),
        ("a = 1 b = 2", 7, "expected AND, OR"),
        ("a LIKE 5", 8, "string pattern"),
        ("a = 1; drop", 6, "';'"),
    ])
    func rejectedWithPositionAndReason(text: String, position: Int, reason: String) {
        let e = error(text)
        #expect(e?.position == position, "\(text): \(String(describing: e))")
        #expect(e?.reason.contains(reason) == true, "\(text): \(String(describing: e))")
    }

    @Test func longerThan2048CharactersIsRejected() throws {
        let clause = "a = 1"
        var text = clause
        while text.count + 9 <= 2048 { text += " OR " + clause }
        _ = try parse(text)
        let long = text + String(repeating: " ", count: 2049 - text.count)
        #expect(long.count == 2049)
        #expect(error(long)?.position == 2049)
        #expect(error(long)?.reason.contains("at most 2048") == true)
    }

    @Test func nestingIsBoundedBeforeTheStackIs() throws {
        let ok = String(repeating: "(", count: 64) + "a = 1" + String(repeating: ")", count: 64)
        _ = try parse(ok)
        _ = try parse(String(repeating: "NOT ", count: 64) + "a = 1")
        let deep = String(repeating: "(", count: 65) + "a = 1" + String(repeating: ")", count: 65)
        #expect(error(deep)?.position == 65)
        #expect(error(deep)?.reason.contains("more than 64 levels") == true)
        #expect(error(String(repeating: "NOT ", count: 400) + "a = 1")?.position == 257)
    }

    @Test func positionsPointAtColumnsAndConstants() throws {
        guard case .and(_, .comparison(let column, _, let literal)) = try parse("a = 1 AND  bb = 'x'") else {
            Issue.record("unexpected tree")
            return
        }
        #expect(column.position == 12)
        #expect(literal.position == 17)
    }
}
