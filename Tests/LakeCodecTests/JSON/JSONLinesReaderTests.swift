import Testing

@testable import LakeCodec

@Suite("JSONLinesReader")
struct JSONLinesReaderTests {
    func records(_ text: String, maxLineBytes: Int = 1 << 20) throws -> [JSONLinesReader.Record] {
        let reader = JSONLinesReader(bytes: Array(text.utf8), name: "t.jsonl", maxLineBytes: maxLineBytes)
        var out: [JSONLinesReader.Record] = []
        while let r = try reader.next() { out.append(r) }
        return out
    }

    @Test("one object per line; blank lines, CRLF, a BOM and a missing final newline are fine")
    func lines() throws {
        let got = try records("\u{FEFF}{\"a\":1}\r\n\n  \n{\"a\":2}")
        #expect(got.map(\.line) == [1, 4])
        #expect(got[1].fields.first?.1 == .int(2))
    }

    @Test("a syntax error names the file, line and column")
    func syntaxError() {
        #expect(
            throws: CodecError.json(path: "t.jsonl", line: 2, column: 8, reason: "expected ',' or '}' in an object")
        ) {
            _ = try records("{\"a\":1}\n{\"a\":1 \"b\":2}\n")
        }
    }

    @Test("a line that is not an object is an error")
    func notObject() {
        #expect {
            _ = try records("[1,2]\n")
        } throws: { error in
            guard case let .json(_, line, column, reason)? = error as? CodecError else { return false }
            return line == 1 && column == 1 && reason.contains("JSON object")
        }
    }

    @Test("an over-long line is a limit error, not an unbounded buffer")
    func longLine() {
        let line = "{\"a\":\"" + String(repeating: "x", count: 3 << 20) + "\"}\n"
        #expect {
            _ = try records(line, maxLineBytes: 1 << 20)
        } throws: { error in
            if case .limitExceeded? = error as? CodecError { return true }
            return false
        }
    }

    @Test("lines split across read chunks are reassembled")
    func chunks() throws {
        let text = (0..<3000).map { "{\"i\":\($0),\"pad\":\"\(String(repeating: "p", count: 500))\"}" }.joined(
            separator: "\n")
        let got = try records(text)
        #expect(got.count == 3000)
        #expect(got.last?.fields.first?.1 == .int(2999))
    }
}
