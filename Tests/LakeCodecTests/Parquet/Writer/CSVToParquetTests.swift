import Foundation
import Testing

@testable import LakeCodec

/// CSV → Parquet read back by pyarrow and DuckDB: the types must be what DuckDB infers from the CSV
/// itself, the rows the same; a value that breaks its column's type stops the conversion with its line
/// and leaves no output.
@Suite("CSV to Parquet", .serialized)
struct CSVToParquetTests {
    static let csvRoot = CorpusLocator.root.appendingPathComponent("csv/duckdb")

    static let corpusFiles = [
        "data-csv/titanic.csv", "data-csv/venue_pipe_big.csv", "test-csv-data/auto/large_mixed_data.csv",
        "data-csv/page_namespacepage_title_sample.csv", "test-csv-data/real/ncvoter.csv",
        "test-csv-data/real/ontime_sample.csv",
    ]

    @Test("corpus CSVs: DuckDB reads our Parquet with the types and rows it reads from the CSV", arguments: corpusFiles)
    func corpusTypesMatchDuckDB(_ rel: String) throws {
        let csv = Self.csvRoot.appendingPathComponent(rel).path
        let out = ParquetWriterTests.temp("csv-\(rel.replacingOccurrences(of: "/", with: "_")).parquet")
        defer { unlink(out) }
        try CSVToParquet.convert(csv: csv, to: out)
        let answer = try ParquetWriterTests.python(
            """
            import duckdb, pyarrow.parquet as pq
            a = duckdb.sql("describe select * from read_csv('\(csv)')").fetchall()
            b = duckdb.sql("describe select * from '\(out)'").fetchall()
            ca = duckdb.sql("select count(*) from read_csv('\(csv)')").fetchall()
            cb = duckdb.sql("select count(*) from '\(out)'").fetchall()
            diff = duckdb.sql("select count(*) from (select * from read_csv('\(csv)') except all select * from '\(out)')").fetchall()
            n = pq.read_table('\(out)').num_rows
            print("ok" if [x[:2] for x in a] == [x[:2] for x in b] and ca == cb and diff[0][0] == 0 and n == ca[0][0]
                  else "types %s vs %s, rows %s vs %s, %s rows differ, pyarrow %s" % (a, b, ca, cb, diff, n))
            """)
        #expect(answer == "ok", "\(rel): \(answer)")
    }

    /// Threads change when the work happens (chunks encoded in parallel, a row group encoded while the next
    /// is parsed), never the bytes: same file as on one thread, here over 28 row groups (27,003 rows).
    @Test("several threads write the same file byte for byte as one")
    func threadsWriteTheSameBytes() throws {
        let csv = Self.csvRoot.appendingPathComponent("test-csv-data/auto/large_mixed_data.csv").path
        var files: [[UInt8]] = []
        for threads in [1, 3] {
            let out = ParquetWriterTests.temp("threads-\(threads).parquet")
            defer { unlink(out) }
            var options = ParquetWriterOptions(rowGroupRows: 1000)
            options.threads = threads
            try CSVToParquet.convert(csv: csv, to: out, options: options)
            files.append(try [UInt8](Data(contentsOf: URL(fileURLWithPath: out))))
            #expect(try ParquetFile.open(out).rowGroupCount == 28)
        }
        #expect(files[0] == files[1])
    }

    @Test("generated CSV: every inferred type, NULLs, quoting; pyarrow and DuckDB types and values")
    func generatedTypes() throws {
        let csv = ParquetWriterTests.temp("types.csv")
        let out = ParquetWriterTests.temp("types.parquet")
        defer {
            unlink(csv)
            unlink(out)
        }
        var text = "b,i,d,day,t,ts,s\n"
        for k in 0..<3000 {
            let empty = k % 7 == 3
            text +=
                [
                    empty ? "" : (k % 2 == 0 ? "true" : "false"), empty ? "" : "\(k * 1_000_003 - 9_000_000)",
                    "\(Double(k) / 8)",
                    "2024-\(String(format: "%02d", k % 12 + 1))-\(String(format: "%02d", k % 28 + 1))",
                    "\(String(format: "%02d", k % 24)):30:05.25", "2020-02-29 23:59:\(String(format: "%02d", k % 60))",
                    k % 5 == 0 ? "\"with, comma \"\"quoted\"\"\"" : (empty ? "" : "plain \(k % 13)"),
                ].joined(separator: ",") + "\n"
        }
        try text.write(toFile: csv, atomically: true, encoding: .utf8)
        let summary = try CSVToParquet.convert(csv: csv, to: out, options: ParquetWriterOptions(rowGroupRows: 1000))
        #expect(summary.rows == 3000)
        #expect(summary.columns.map(\.type) == [.boolean, .bigint, .double, .date, .time, .timestamp, .string])
        #expect(try ParquetFile.open(out).rowGroupCount == 3)
        let answer = try ParquetWriterTests.python(
            """
            import duckdb, pyarrow.parquet as pq
            t = pq.read_table('\(out)')
            print([str(f.type) for f in t.schema])
            print(t.column('b').null_count, t.column('i')[1].as_py(), t.column('day')[13].as_py(), t.column('t')[2].as_py(), t.column('ts')[59].as_py(), t.column('s')[0].as_py())
            print([r[1] for r in duckdb.sql("describe select * from '\(out)'").fetchall()])
            print(duckdb.sql("select count(*) from (select * from read_csv('\(csv)') except all select * from '\(out)')").fetchall()[0][0])
            """)
        #expect(
            answer == """
                ['bool', 'int64', 'double', 'date32[day]', 'time64[us]', 'timestamp[us]', 'string']
                429 -7999997 2024-02-14 02:30:05.250000 2020-02-29 23:59:59 with, comma "quoted"
                ['BOOLEAN', 'BIGINT', 'DOUBLE', 'DATE', 'TIME', 'TIMESTAMP', 'VARCHAR']
                0
                """)
    }

    /// What a conversion that must fail left: its CSV error (nil if it did not fail with one) and whether
    /// any output or its temporary file is there.
    struct Failure {
        let error: (path: String, line: Int, reason: String)?
        let leftOutput: Bool
    }

    /// Converts `text`, written to a temporary CSV named after `label`, with 4,000-row row groups on
    /// `threads` threads, expecting it to fail.
    static func failingConversion(_ text: String, label: String, threads: Int) throws -> (csv: String, Failure) {
        let csv = ParquetWriterTests.temp("\(label).csv")
        let out = ParquetWriterTests.temp("\(label).parquet")
        defer { unlink(csv) }
        try text.write(toFile: csv, atomically: true, encoding: .utf8)
        var options = ParquetWriterOptions(rowGroupRows: 4000)
        options.threads = threads
        var error: (path: String, line: Int, reason: String)?
        do {
            try CSVToParquet.convert(csv: csv, to: out, options: options)
        } catch let CodecError.csv(path, line, _, reason) {
            error = (path, line, reason)
        }
        let left = FileManager.default.fileExists(atPath: out) || FileManager.default.fileExists(atPath: out + ".tmp")
        return (csv, Failure(error: error, leftOutput: left))
    }

    /// On three threads the row groups before the bad row are being written in the background when the
    /// error comes: the partial output still goes.
    @Test(
        "a value that does not fit its inferred type: error with line and column, no output left",
        arguments: [1, 3])
    func typeMismatch(threads: Int) throws {
        // The sniffer samples 20,480 rows; the bad value comes after.
        var text = "id,n\n"
        for k in 0..<30000 { text += "\(k),\(k == 25000 ? "oops" : "\(k)")\n" }
        let (csv, failure) = try Self.failingConversion(text, label: "bad-\(threads)", threads: threads)
        let error = try #require(failure.error)
        #expect(error.path == csv && error.line == 25002)
        #expect(error.reason.contains("column 'n'") && error.reason.contains("bigint") && error.reason.contains("oops"))
        #expect(!failure.leftOutput)
    }

    /// Columns are filled on several threads, but the error is the one a single thread reports: the first
    /// failing column's, although a later column's bad value comes on an earlier line of the same batch.
    @Test("two bad columns in one batch: the first column's error on every thread count", arguments: [1, 2, 3])
    func firstColumnErrorWins(threads: Int) throws {
        var text = "a,b,c\n"
        for k in 0..<30000 {
            text += "\(k == 25003 ? "bad-a" : "\(k)"),\(k),\(k == 25001 ? "bad-c" : "\(k)")\n"
        }
        let (csv, failure) = try Self.failingConversion(text, label: "two-bad-\(threads)", threads: threads)
        let error = try #require(failure.error)
        #expect(error.path == csv && error.line == 25005)
        #expect(error.reason.contains("column 'a'") && error.reason.contains("bad-a"), "\(error.reason)")
        #expect(!failure.leftOutput)
    }

    /// A row group's builders are sized once, before its first batch: `rowGroupRows` rows when they fit
    /// `rowGroupBytes`, fewer when the rows are wide, so the reservation never passes about `rowGroupBytes`.
    @Test("builders reserve a row group up front, bounded by the row group's byte size")
    func reservationIsBounded() throws {
        var text = "id,name,flag\n"
        for k in 0..<100 { text += "\(k),name-\(k % 7)-padded,\(k % 2 == 0)\n" }
        let reader = CSVReader(source: CSVByteSource(bytes: Array(text.utf8)), dialect: CSVDialect(hasHeader: true))
        let batch = try #require(try reader.nextBatch())
        func builders() -> [CSVColumnBuilder] {
            zip(["id", "name", "flag"], [CSVValueType.bigint, .string, .boolean]).map { name, type in
                var e = CSVToParquet.element(name: name, type: type)
                e.name = name
                let d = ColumnDescriptor(
                    path: [name], element: e, physicalType: e.type ?? .byteArray, maxDefinitionLevel: 1,
                    maxRepetitionLevel: 0)
                return CSVColumnBuilder(name: name, type: type, descriptor: d, path: "t.csv")
            }
        }
        #expect(CSVColumnBuilder.averageFieldBytes(batch, column: 1) == 13)  // "name-3-padded"
        // Rows of 8+4, 16+4+4 (13 bytes a quarter up, plus the offset) and 1+4 builder bytes: 41.
        var roomy = builders()
        CSVToParquet.reserveRowGroup(&roomy, like: batch, options: ParquetWriterOptions(rowGroupRows: 5000))
        var tight = builders()
        CSVToParquet.reserveRowGroup(
            &tight, like: batch, options: ParquetWriterOptions(rowGroupRows: 5000, rowGroupBytes: 41 * 1000))
        for (b, rows) in [(roomy, 5000), (tight, 1000)] {
            for column in b {
                #expect(column.batch.definitionLevels.capacity >= rows)
                #expect(column.batch.definitionLevels.capacity < rows + rows / 10)
            }
            guard case .bytes(let names) = b[1].batch.values else { Issue.record("not a string column"); continue }
            #expect(names.bytes.capacity >= rows * 16 && names.bytes.capacity < rows * 16 + rows * 2)
        }
        // Never fewer rows than the first batch holds.
        var tiny = builders()
        CSVToParquet.reserveRowGroup(
            &tiny, like: batch, options: ParquetWriterOptions(rowGroupRows: 5000, rowGroupBytes: 1))
        #expect(tiny[0].batch.definitionLevels.capacity >= 100)
    }
}
