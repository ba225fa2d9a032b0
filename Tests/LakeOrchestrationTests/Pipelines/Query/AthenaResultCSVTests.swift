import Testing

@testable import LakeOrchestration

/// Athena's result file format: quote-all, `""` inside quotes, an empty unquoted field for NULL.
@Suite struct AthenaResultCSVTests {
    @Test func quotedValuesAndUnquotedNulls() throws {
        let text = "\"a\",\"b\",\"c\"\n\"1\",,\"\"\n\"say \"\"hi\"\"\",\"x,y\",\"line\nbreak\"\n"
        #expect(
            try AthenaResultCSV.parse(Array(text.utf8)) == [
                ["a", "b", "c"], ["1", nil, ""], ["say \"hi\"", "x,y", "line\nbreak"],
            ])
    }

    @Test func lastLineWithoutNewlineAndTrailingNull() throws {
        #expect(try AthenaResultCSV.parse(Array("\"1\",".utf8)) == [["1", nil]])
        #expect(try AthenaResultCSV.parse(Array("\"1\"\r\n\"2\"".utf8)) == [["1"], ["2"]])
        #expect(try AthenaResultCSV.parse([]) == [])
    }

    @Test func malformedInputNamesTheOffset() {
        #expect(throws: AthenaResultCSV.Malformed(offset: 3, reason: "expected a comma or end of line after a value")) {
            try AthenaResultCSV.parse(Array("\"a\"b".utf8))
        }
        #expect(throws: AthenaResultCSV.Malformed(offset: 1, reason: "a quoted value is never closed")) {
            try AthenaResultCSV.parse(Array("\"abc".utf8))
        }
    }
}
