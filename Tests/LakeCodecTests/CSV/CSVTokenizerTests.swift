import Testing

@testable import LakeCodec

@Suite("CSVTokenizer")
struct CSVTokenizerTests {
    /// Parses one record of `text`; returns the step and the fields as strings (raw, not unescaped).
    func parse(_ text: String, dialect: CSVDialect = CSVDialect(), atEOF: Bool = true, max: Int = 1 << 20)
        -> (CSVTokenizer.Step, [String], [CSVFieldSpan], quoted: Bool, escaped: Bool)
    {
        let bytes = Array(text.utf8)
        var fields: [CSVFieldSpan] = []
        var quoted = false
        var escaped = false
        let tokenizer = CSVTokenizer(dialect: dialect, maxRecordBytes: max)
        let step = bytes.withUnsafeBufferPointer {
            tokenizer.parseRecord($0, from: 0, atEOF: atEOF, fields: &fields, sawQuote: &quoted, sawEscape: &escaped)
        }
        let strings = fields.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
        return (step, strings, fields, quoted, escaped)
    }

    @Test("plain fields and every line ending", arguments: ["a,b,c\n", "a,b,c\r\n", "a,b,c\r", "a,b,c"])
    func lineEndings(text: String) {
        let (step, fields, _, _, _) = parse(text)
        #expect(step == .record(next: text.utf8.count, extraLines: 0))
        #expect(fields == ["a", "b", "c"])
    }

    @Test("quoted fields keep delimiters and newlines, and count the lines inside")
    func quoted() {
        let text = "\"a,1\",\"x\ny\r\nz\",c\n"
        let (step, fields, spans, quoted, escaped) = parse(text)
        #expect(step == .record(next: text.utf8.count, extraLines: 2))
        #expect(fields == ["a,1", "x\ny\r\nz", "c"])
        #expect(spans[0].isQuoted && !spans[2].isQuoted)
        #expect(quoted && !escaped)
    }

    @Test("doubled quotes and backslash escapes are flagged for unescaping")
    func escapes() {
        let doubled = parse("\"say \"\"hi\"\"\",2\n")
        #expect(doubled.1 == ["say \"\"hi\"\"", "2"])
        #expect(doubled.2[0].isEscaped && doubled.4)
        let backslash = parse("\"a\\\"b\",2\n", dialect: CSVDialect(escape: UInt8(ascii: "\\")))
        #expect(backslash.1 == ["a\\\"b", "2"])
        #expect(backslash.2[0].isEscaped)
    }

    @Test("a quote inside an unquoted field is data")
    func strayQuote() {
        #expect(parse("ab\"c,d\n").1 == ["ab\"c", "d"])
    }

    @Test("the end of a buffer mid-record asks for more input", arguments: ["a,b", "\"a\nb", "a,b\r", "\"a\""])
    func needMore(text: String) {
        #expect(parse(text, atEOF: false).0 == .needMore)
    }

    @Test("malformed input is reported at the offending byte")
    func errors() {
        #expect(parse("a,\"open\n").0 == .error(.unterminatedQuote, offset: 2))
        #expect(parse("\"x\"y,2\n").0 == .error(.textAfterClosingQuote, offset: 3))
        #expect(parse("aaaaaaaaaa,b\n", max: 4).0 == .error(.recordTooLong, offset: 0))
    }

    @Test("skipLine stops after the terminator, or asks for more")
    func skipLine() {
        let bytes = Array("x,y\r\nz".utf8)
        bytes.withUnsafeBufferPointer { buf in
            #expect(CSVTokenizer.skipLine(buf, from: 0, atEOF: false) == 5)
            #expect(CSVTokenizer.skipLine(buf, from: 5, atEOF: false) == nil)
            #expect(CSVTokenizer.skipLine(buf, from: 5, atEOF: true) == 6)
        }
    }
}
