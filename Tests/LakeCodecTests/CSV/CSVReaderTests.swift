import Foundation
import Testing

@testable import LakeCodec

@Suite("CSVReader")
struct CSVReaderTests {
    static let tricky = "\u{FEFF}id,text,n\r\n1,\"multi\nline, with \"\"quotes\"\"\",3\r\n2,,\r\n3,\"\",x\r\n"

    @Test("the same rows whatever the chunk size (records spanning chunks)", arguments: [1, 2, 3, 7, 64, 1 << 20])
    func chunking(chunk: Int) throws {
        let (header, rows) = try CSVTest.read(Self.tricky, chunk: chunk)
        #expect(header == ["id", "text", "n"])
        #expect(rows == [["1", "multi\nline, with \"quotes\"", "3"], ["2", nil, nil], ["3", "", "x"]])
    }

    @Test("CR-only and mixed line endings")
    func lineEndings() throws {
        #expect(try CSVTest.read("a,b\r1,2\r3,4").rows == [["1", "2"], ["3", "4"]])
        #expect(try CSVTest.read("a,b\r\n1,2\n3,4\r").rows == [["1", "2"], ["3", "4"]])
    }

    @Test("preamble lines, comments, blank lines and a trailing delimiter")
    func preamble() throws {
        let dialect = CSVDialect(skipRows: 2, comment: UInt8(ascii: "#"))
        let text = "Report of 2024\nexported by x\na,b\n1,2\n\n# note\n3,4,\n"
        let (header, rows) = try CSVTest.read(text, dialect: dialect)
        #expect(header == ["a", "b"])
        #expect(rows == [["1", "2"], ["3", "4"]])
    }

    @Test("a blank line in a one-column file is a NULL value, as in DuckDB")
    func singleColumnBlank() throws {
        #expect(try CSVTest.read("x\n1\n\n3\n").rows == [["1"], [nil], ["3"]])
    }

    @Test("null texts, and a quoted null text stays text")
    func nullTexts() throws {
        let dialect = CSVDialect(nullTexts: ["NULL", "\\N"])
        #expect(
            try CSVTest.read("a,b\nNULL,\\N\n\"NULL\",x\n", dialect: dialect).rows == [[nil, nil], ["NULL", "x"]])
    }

    @Test("backslash escapes")
    func backslash() throws {
        let dialect = CSVDialect(delimiter: UInt8(ascii: "|"), escape: UInt8(ascii: "\\"), hasHeader: false)
        #expect(try CSVTest.read("345|\"text\\\"2\\\"\"\n", dialect: dialect).rows == [["345", "text\"2\""]])
    }

    @Test("ragged rows: pad, skip or error with the line number")
    func ragged() throws {
        let text = "a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n"
        let padded = try CSVTest.read("a,b,c\n1,2\n", options: CSVReaderOptions(ragged: .pad)).rows
        #expect(padded == [["1", "2", nil]])
        let reader = CSVReader(
            source: CSVByteSource(bytes: Array(text.utf8)), dialect: CSVDialect(),
            options: CSVReaderOptions(ragged: .skip))
        #expect(try reader.readAll().flatMap { $0.rows() } == [["1", "2", "3"], ["10", "11", "12"]])
        #expect(reader.skippedRows == 2)
        guard case .csv(_, let line, _, let reason)? = CSVTest.readError(Array(text.utf8)) else {
            Issue.record("expected a CSV error")
            return
        }
        #expect(line == 3)
        #expect(reason.contains("only 2 fields where 3"))
        let padOptions = CSVReaderOptions(ragged: .pad)
        guard case .csv(_, let longLine, _, _)? = CSVTest.readError(Array(text.utf8), options: padOptions)
        else {
            Issue.record("a long row must fail even with pad")
            return
        }
        #expect(longLine == 4)
    }

    @Test("an unterminated quote is reported where it opens, counting quoted newlines")
    func unterminated() {
        let text = "a,b\n1,\"two\nlines\"\n3,\"never closed\n4,5\n"
        #expect(
            CSVTest.readError(Array(text.utf8))
                == .csv(
                    path: "<memory>", line: 4, column: 3,
                    reason: CSVTokenizer.Problem.unterminatedQuote.message(maxRecordBytes: 2 << 20)))
    }

    @Test("invalid UTF-8 is reported with line and column")
    func invalidUTF8() {
        let bytes = Array("a,b\n1,2\n3,x".utf8) + [0xFF] + Array("y\n".utf8)
        guard case .csv(_, let line, let column, let reason)? = CSVTest.readError(bytes) else {
            Issue.record("expected a CSV error")
            return
        }
        #expect(line == 3 && column == 4)
        #expect(reason.contains("invalid UTF-8"))
    }

    @Test("a record over the size limit fails instead of growing without bound")
    func maxRecord() {
        let bytes = Array("a\n\"".utf8) + [UInt8](repeating: 0x78, count: 5000)
        let options = CSVReaderOptions(maxRecordBytes: 1000, chunkBytes: 256)
        guard case .csv(_, let line, _, let reason)? = CSVTest.readError(bytes, options: options) else {
            Issue.record("expected a CSV error")
            return
        }
        #expect(line == 2)
        #expect(reason.contains("longer than 1000 bytes"))
    }

    @Test("batches hold at most batchRows rows and line numbers per row")
    func batches() throws {
        let text = "n\n" + (1...10).map { "\($0)\n" }.joined()
        let reader = CSVReader(
            source: CSVByteSource(bytes: Array(text.utf8)), dialect: CSVDialect(),
            options: CSVReaderOptions(chunkBytes: 5, batchRows: 4))
        let batches = try reader.readAll()
        #expect(batches.map(\.rowCount) == [4, 4, 2])
        #expect(batches[1].lines == [6, 7, 8, 9])
        #expect(reader.rowsRead == 10)
    }

    @Test("a file that does not exist is an I/O error naming it")
    func missingFile() {
        #expect(throws: CodecError.self) { try CSVReader(path: "/nonexistent/x.csv", dialect: CSVDialect()) }
    }

    @Test("garbage and binary input never traps", arguments: 0..<40)
    func fuzz(seed: Int) {
        var generator = CSVFuzzRandom(seed: UInt64(seed))
        let alphabet: [UInt8] = Array(",;\"'\\\r\n ab1\t".utf8) + [0x00, 0xC3, 0xA9, 0xFF]
        let count = Int(generator.next() % 400)
        let bytes = (0..<count).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
        // Each case is read or rejected with a CSV error that names a line; anything else (another error
        // kind, a non-codec error) fails.
        for ragged in CSVReaderOptions.Ragged.allCases {
            let options = CSVReaderOptions(ragged: ragged, chunkBytes: 7, batchRows: 3)
            let reader = CSVReader(source: CSVByteSource(bytes: bytes), dialect: CSVDialect(), options: options)
            Self.expectReadOrCSVError("seed \(seed) ragged \(ragged)") { _ = try reader.readAll() }
        }
        for isComplete in [true, false] {
            Self.expectReadOrCSVError("seed \(seed) sniff complete \(isComplete)") {
                _ = try CSVSniffer().sniff(sample: bytes, isComplete: isComplete)
            }
        }
    }

    static func expectReadOrCSVError(_ label: String, _ body: () throws -> Void) {
        do {
            try body()
        } catch let error as CodecError {
            #expect(CodecErrorKind(error) == .csv, "\(label): \(error)")
            if case .csv(_, let line, _, _) = error { #expect(line >= 1, "\(label): \(error)") }
        } catch {
            Issue.record("\(label): non-codec error \(error)")
        }
    }
}

/// A tiny deterministic generator so fuzz cases are reproducible.
struct CSVFuzzRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension CSVReaderTests {
    @Test("blank and comment lines before the header are passed over")
    func headerAfterBlankLines() throws {
        let dialect = CSVDialect(comment: UInt8(ascii: "#"))
        let (header, rows) = try CSVTest.read("\n# generated\r\n\na,b\n1,2\n", dialect: dialect, chunk: 2)
        #expect(header == ["a", "b"])
        #expect(rows == [["1", "2"]])
    }
}

extension CSVReaderTests {
    @Test("CSV errors print as path:line:column: reason")
    func errorDescription() {
        #expect(CodecError.csv(path: "a.csv", line: 3, column: 4, reason: "bad").description == "a.csv:3:4: bad")
        #expect(CodecError.csv(path: "a.csv", line: 3, column: nil, reason: "bad").description == "a.csv:3: bad")
    }
}
