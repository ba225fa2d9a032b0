import Foundation
import Testing

@testable import LakeCodec

@Suite("CSVWriter")
struct CSVWriterTests {
    func written(_ rows: [[String?]], _ options: CSVWriter.Options = CSVWriter.Options()) throws -> String {
        let writer = CSVWriter(options: options)
        for row in rows { try writer.writeRow(row) }
        return String(decoding: writer.buffer, as: UTF8.self)
    }

    @Test("quotes only when needed; NULL and empty string stay distinct")
    func quoting() throws {
        let text = try written([["plain", "a,b", "say \"hi\"", "two\nlines", nil, ""]])
        #expect(text == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,\"\"\n")
    }

    @Test("delimiter, newline, null text and quote-all are configurable")
    func options() throws {
        let options = CSVWriter.Options(delimiter: UInt8(ascii: "\t"), newline: .crlf, nullText: "\\N", quoteAll: false)
        #expect(try written([["a", nil, "\\N", ""]], options) == "a\t\\N\t\"\\N\"\t\r\n")
        #expect(try written([["a", nil]], CSVWriter.Options(quoteAll: true)) == "\"a\",\n")
    }

    @Test("what the writer writes, the reader reads back")
    func roundTrip() throws {
        let rows: [[String?]] = [["id", "text"], ["1", "comma, \"quote\"\r\nnewline"], ["2", nil], ["3", ""]]
        let text = try written(rows)
        let back = try CSVTest.read(text, dialect: CSVDialect(hasHeader: false)).rows
        #expect(back == rows)
    }

    @Test("batches are re-quoted for the output dialect")
    func batch() throws {
        let reader = CSVReader(
            source: CSVByteSource(bytes: Array("a;b\n\"x;y\";\"q,r\"\n;\"\"\n".utf8)),
            dialect: CSVDialect(delimiter: UInt8(ascii: ";")))
        let writer = CSVWriter()
        while let batch = try reader.nextBatch() { try writer.write(batch) }
        #expect(String(decoding: writer.buffer, as: UTF8.self) == "x;y,\"q,r\"\n,\"\"\n")
    }

    @Test("file output is flushed in pieces and complete after close")
    func file() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lakectl-csvwriter-\(UUID()).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let writer = try CSVWriter(path: path, flushBytes: 16)
        for i in 0..<100 { try writer.writeRow(["\(i)", "value \(i)"]) }
        try writer.close()
        let reader = try CSVReader(path: path, dialect: CSVDialect(hasHeader: false))
        let rows = try reader.readAll().flatMap { $0.rows() }
        #expect(rows.count == 100 && rows[99] == ["99", "value 99"])
    }
}
