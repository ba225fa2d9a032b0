import Foundation
import Testing

@testable import LakeCodec

@Suite("CSVReader.sniffing")
struct CSVReaderSniffingTests {
    func temporaryFile(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lakectl-sniffing-\(UUID()).csv").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("sniffs then reads with the detected dialect")
    func sniffAndRead() throws {
        let path = try temporaryFile("title line\nid;name\n1;\"a;b\"\n2;c\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (sniff, reader) = try CSVReader.sniffing(path: path)
        #expect(sniff.dialect.skipRows == 1 && sniff.columnNames == ["id", "name"])
        #expect(try reader.readAll().flatMap { $0.rows() } == [["1", "a;b"], ["2", "c"]])
    }

    @Test("--ragged pad lets short rows through both the sniffer and the reader")
    func raggedPad() throws {
        let path = try temporaryFile("a,b,c\n" + String(repeating: "1,2,3\n", count: 2100) + "4,5\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: CodecError.self) { try CSVReader.sniffing(path: path) }
        let (_, reader) = try CSVReader.sniffing(path: path, options: CSVReaderOptions(ragged: .pad))
        let rows = try reader.readAll().flatMap { $0.rows() }
        #expect(rows.count == 2101 && rows.last == ["4", "5", nil])
    }
}
