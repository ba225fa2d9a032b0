import Testing

@testable import LakeCodec

@Suite("CSVSniffer")
struct CSVSnifferTests {
    @Test(
        "delimiters",
        arguments: [("a;b;c\n1;2;3\n", ";"), ("a\tb\n1\t2\n", "\t"), ("a|b\n1|2\n", "|"), ("a,b\n1,2\n", ",")])
    func delimiter(text: String, expected: String) throws {
        let result = try CSVTest.sniff(text)
        #expect(result.dialect.delimiter == UInt8(ascii: Unicode.Scalar(expected) ?? ","))
        #expect(result.columnNames.count == text.split(separator: "\n")[0].split(separator: Character(expected)).count)
    }

    @Test("quotes that hide delimiters decide the dialect, and are reported only when used")
    func quotes() throws {
        let quoted = try CSVTest.sniff("name,city\n\"Doe, John\",Paris\n\"Roe, Jane\",Oslo\n")
        #expect(quoted.dialect.delimiter == UInt8(ascii: ",") && quoted.columnNames.count == 2)
        #expect(quoted.reportedQuote == UInt8(ascii: "\""))
        let single = try CSVTest.sniff("a|b\n'x|y'|z\n'p'|q\n")
        #expect(single.reportedQuote == UInt8(ascii: "'"))
        #expect(try CSVTest.sniff("a,b\n1,2\n").reportedQuote == nil)
    }

    @Test("header: a typed column under a text first row; none over numbers")
    func header() throws {
        let typed = try CSVTest.sniff("id,when\n1,2024-01-02\n2,2024-01-03\n")
        #expect(typed.dialect.hasHeader && typed.columnNames == ["id", "when"])
        #expect(typed.columnTypes == [.bigint, .date])
        #expect(typed.glueHasHeader && typed.glueColumnTypes == [.bigint, .string])
        let numeric = try CSVTest.sniff("1,2.5\n3,4.5\n")
        #expect(!numeric.dialect.hasHeader && numeric.columnNames == ["column0", "column1"])
    }

    @Test("an all-text file: DuckDB says header, Glue says none")
    func allText() throws {
        let result = try CSVTest.sniff("name,city\nann,paris\nbob,oslo\n")
        #expect(result.dialect.hasHeader)
        #expect(!result.glueHasHeader)
    }

    @Test("preamble lines before the table are skipped")
    func preamble() throws {
        let result = try CSVTest.sniff("Sales export\n\na,b,c\n1,2,3\n4,5,6\n")
        #expect(result.dialect.skipRows == 2)
        #expect(result.dialect.hasHeader && result.columnNames == ["a", "b", "c"])
    }

    @Test(
        "newline style of the first record",
        arguments: [("a,b\r\n1,2\r\n", CSVDialect.Newline.crlf), ("a,b\r1,2\r", .cr), ("a,b\n1,2", .lf)])
    func newline(text: String, expected: CSVDialect.Newline) throws {
        #expect(try CSVTest.sniff(text).dialect.newline == expected)
    }

    @Test("stated options are not sniffed")
    func hints() throws {
        let hints = CSVSniffer.Hints(delimiter: UInt8(ascii: ";"), quote: .some(nil), hasHeader: false)
        let result = try CSVTest.sniff("a;\"b\nc;d\n", hints: hints)
        #expect(result.dialect.delimiter == UInt8(ascii: ";") && result.dialect.quote == nil)
        #expect(!result.dialect.hasHeader && result.columnNames.count == 2)
    }

    @Test("rows that cannot agree on a width are a clear error naming the line")
    func inconsistent() {
        let text = "a,b,c\n" + String(repeating: "1,2,3\n", count: 2100) + "4,5\n"
        #expect(
            throws: CodecError.csv(
                path: "<memory>", line: 2102, column: nil,
                reason: "row has 2 fields where the header has 3 ,-separated fields; read with ragged=pad (missing "
                    + "fields are NULL) or ragged=skip (the row is dropped), or fix the row")
        ) {
            try CSVTest.sniff(text)
        }
    }

    /// Issue 9 item 2: DuckDB's rules read `a,b,c / 1,2,3 / 4,5,6 / 7,8 / 9,10,11` as ONE column named
    /// `a,b,c`, and `a,b,c / 1,2,3 / 4,5 / 6,7,8,9` as a 3-line preamble and one row. Both are ragged files.
    @Test(
        "a short or long row never narrows the table or turns rows into a preamble",
        arguments: [
            ("a,b,c\n1,2,3\n4,5,6\n7,8\n9,10,11\n", 4), ("a,b,c\n1,2,3\n4,5\n6,7,8,9\n", 3),
            ("a;b;c\n1;2;3\n4;5;6\n7;8\n", 4),
        ])
    func raggedRowIsAnErrorWithItsLine(text: String, line: Int) throws {
        do {
            _ = try CSVTest.sniff(text)
            Issue.record("sniffed a dialect for a ragged file")
        } catch let CodecError.csv(_, errorLine, _, reason) {
            #expect(errorLine == line)
            #expect(reason.contains("ragged=pad"), "\(reason)")
        }
        let padded = try CSVTest.sniff(text, hints: CSVSniffer.Hints(allowPadding: true))
        #expect(padded.columnNames == ["a", "b", "c"])
        #expect(padded.dialect.skipRows == 0)
        #expect(throws: Never.self) { try CSVTest.sniff(text, hints: CSVSniffer.Hints(allowPadding: true)) }
    }

    @Test("a sniffed dialect reads the file it came from")
    func roundTrip() throws {
        let text = "x;y\n1;\"a;b\"\n2;c\n"
        let result = try CSVTest.sniff(text)
        #expect(try CSVTest.read(text, dialect: result.dialect).rows == [["1", "a;b"], ["2", "c"]])
    }
}

extension CSVSnifferTests {
    @Test("rarer separators seen in the data are found when no standard one splits the rows")
    func otherDelimiters() throws {
        let result = try CSVTest.sniff("a~b~c\n1~x, y~3\n2~z~4\n")
        #expect(result.dialect.delimiter == UInt8(ascii: "~") && result.columnNames == ["a", "b", "c"])
        #expect(try CSVTest.sniff("t\n12:30:00\n").columnNames.count == 1)
    }
}

extension CSVSnifferTests {
    @Test("`#` comment lines inside the data are detected, as DuckDB's comment candidate does")
    func comments() throws {
        let text = "a,b\n1,2\n# a note\n3,4\n"
        let result = try CSVTest.sniff(text)
        #expect(result.dialect.comment == UInt8(ascii: "#") && result.columnNames == ["a", "b"])
        #expect(try CSVTest.read(text, dialect: result.dialect).rows == [["1", "2"], ["3", "4"]])
        #expect(try CSVTest.sniff("a,b\n1,#2\n").dialect.comment == nil)
        // A `#` line that splits like the data is data, as in DuckDB (AreCommentsAcceptable).
        #expect(try CSVTest.sniff("a,b\n1,2\n# x,y\n3,4\n").dialect.comment == nil)
    }
}

extension CSVSnifferTests {
    @Test("an empty file is an empty one-column table; a header-only file has columns and no rows")
    func degenerate() throws {
        let empty = try CSVTest.sniff("\u{FEFF}\r\n\n")
        #expect(empty.columnNames == ["column0"] && !empty.dialect.hasHeader)
        #expect(try CSVTest.read("\u{FEFF}\r\n\n", dialect: empty.dialect).rows.isEmpty)
        let headerOnly = try CSVTest.sniff("a,b\n")
        #expect(headerOnly.dialect.hasHeader && headerOnly.columnNames == ["a", "b"])
        #expect(try CSVTest.read("a,b\n", dialect: headerOnly.dialect).rows.isEmpty)
    }
}

extension CSVSnifferTests {
    @Test("the Glue preset samples 1,000 rows: a bad value past them does not change its types")
    func gluePreset() throws {
        let text = "id,name\n" + (1...1500).map { "\($0),n\($0)\n" }.joined() + "x,late\n"
        let glue = try CSVSniffer.glue().sniff(sample: Array(text.utf8), isComplete: true)
        #expect(glue.glueColumnTypes == [.bigint, .string] && glue.glueHasHeader)
        #expect(try CSVTest.sniff(text).columnTypes == [.string, .string])
    }
}

extension CSVSnifferTests {
    @Test("Glue's classifier needs one of its delimiters, two columns and two rows")
    func glueRecognises() throws {
        #expect(try CSVTest.sniff("a,b\n1,2\n").glueRecognisesCSV)
        #expect(try !CSVTest.sniff("a\n1\n2\n").glueRecognisesCSV)
        #expect(try !CSVTest.sniff("a,b\n").glueRecognisesCSV)
        #expect(try !CSVTest.sniff("a~b\n1~2\n").glueRecognisesCSV)
    }
}
