import Foundation
import Testing

@testable import LakeCodec

@Suite("CSVByteSource")
struct CSVByteSourceTests {
    func drain(_ source: CSVByteSource, chunk: Int) throws -> [UInt8] {
        var out: [UInt8] = []
        while try source.readChunk(into: &out, maxBytes: chunk) > 0 {}
        return out
    }

    @Test("memory and file sources return the bytes in order", arguments: [1, 5, 1 << 20])
    func plain(chunk: Int) throws {
        let bytes = Array("a,b\n1,2\n".utf8)
        #expect(try drain(CSVByteSource(bytes: bytes), chunk: chunk) == bytes)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lakectl-src-\(UUID()).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(try drain(CSVByteSource(path: path), chunk: chunk) == bytes)
    }

    @Test("gzip is recognised by its magic bytes and inflated in chunks", arguments: [3, 4096])
    func gzip(chunk: Int) throws {
        // DuckDB's test_comp.csv.gz from the corpus; its reference says 3 columns, CRLF, 2 data rows.
        let path = CSVCorpus.root.appendingPathComponent("duckdb/test-csv-data/test/test_comp.csv.gz").path
        try #require(FileManager.default.fileExists(atPath: path))
        let text = String(decoding: try drain(CSVByteSource(path: path), chunk: chunk), as: UTF8.self)
        #expect(text.split(separator: "\r\n").count == 3)
    }

    @Test("a truncated gzip stream is an error, not a short file")
    func truncatedGzip() throws {
        let source = CSVCorpus.root.appendingPathComponent("duckdb/test-csv-data/test/test_comp.csv.gz")
        let bytes = try Data(contentsOf: source)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lakectl-trunc-\(UUID()).gz").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: path))
        #expect(throws: CodecError.self) { try drain(CSVByteSource(path: path), chunk: 64) }
    }
}
