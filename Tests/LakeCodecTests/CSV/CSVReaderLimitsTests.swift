import Foundation
import LakeTestSupport
import Testing

@testable import LakeCodec

/// Memory bounded by the work, not the input's shape (issue 10 item 4): a record may not have more than
/// `maxFieldsPerRecord` fields, and a batch ends before it holds more than `maxBatchFields` fields.
@Suite("CSVReader limits")
struct CSVReaderLimitsTests {
    @Test("a record with exactly the field cap reads; one more field is an error naming line and column")
    func fieldCapBoundary() throws {
        let options = CSVReaderOptions(maxFieldsPerRecord: 5)
        let five = "a,b,c,d,e\n1,2,3,4,5\n"
        #expect(try CSVTest.read(five, options: options).rows == [["1", "2", "3", "4", "5"]])
        let six = "a,b,c,d,e\n1,2,3,4,5,6\n"
        guard case .csv(_, let line, let column, let reason)? = CSVTest.readError(Array(six.utf8), options: options)
        else {
            Issue.record("six fields under a cap of five did not fail")
            return
        }
        #expect(line == 2)
        #expect(column == 10)  // the delimiter after the fifth field
        #expect(reason.contains("more than 5 fields"))
    }

    @Test("a 1 MB line of commas is a clear error under the default cap, not a million columns")
    func lineOfCommas() throws {
        let bytes = Array("id\n".utf8) + [UInt8](repeating: UInt8(ascii: ","), count: 1 << 20) + [0x0A]
        guard case .csv(_, let line, _, let reason)? = CSVTest.readError(bytes) else {
            Issue.record("a line of a million commas was read")
            return
        }
        #expect(line == 2)
        #expect(reason.contains("more than 100000 fields"))
    }

    @Test("the header is held to the same cap")
    func headerCap() throws {
        let bytes = [UInt8](repeating: UInt8(ascii: ";"), count: 300_000) + Array("\n1\n".utf8)
        let dialect = CSVDialect(delimiter: UInt8(ascii: ";"))
        guard case .csv(_, let line, _, let reason)? = CSVTest.readError(bytes, dialect: dialect) else {
            Issue.record("a header of 300,001 fields was read")
            return
        }
        #expect(line == 1)
        #expect(reason.contains("fields"))
    }

    @Test("a wide table gets batches of at most maxBatchFields fields, and the same rows")
    func batchFieldBound() throws {
        let columns = 40
        let header = (0..<columns).map { "c\($0)" }.joined(separator: ",")
        let body = (0..<97).map { r in (0..<columns).map { "\(r * columns + $0)" }.joined(separator: ",") }
        let text = ([header] + body).joined(separator: "\n") + "\n"
        let bounded = CSVReader(
            source: CSVByteSource(bytes: Array(text.utf8)), dialect: CSVDialect(),
            options: CSVReaderOptions(maxBatchFields: 400))
        let batches = try bounded.readAll()
        #expect(batches.allSatisfy { $0.rowCount * columns <= 400 })
        #expect(batches.count == 10)  // 9 batches of 10 rows, then 7
        #expect(batches.flatMap { $0.rows() } == (try CSVTest.read(text).rows))
    }

    @Test("a real corpus file reads the same rows with batches bounded to one row")
    func corpusFileOneRowBatches() throws {
        let path = Fixtures.corpus.appendingPathComponent("csv/duckdb/data-csv/titanic.csv").path
        let rowsOf = { (options: CSVReaderOptions) throws -> [[String?]] in
            try CSVReader(path: path, dialect: CSVDialect(), options: options).readAll().flatMap { $0.rows() }
        }
        let whole = try rowsOf(CSVReaderOptions())
        let oneRow = try rowsOf(CSVReaderOptions(maxBatchFields: 1))
        #expect(whole.count == 891)
        #expect(oneRow == whole)
    }
}
