import Foundation
import Testing

@testable import LakeCodec

/// `ParquetFile.scan` against the row-group reader it replaces (`readRows`, an independent path through
/// `FieldRowProducer`), and its pruning, filtering, batching and threading.
@Suite("ParquetFile.scan")
struct ParquetFileScanTests {
    /// A file of the apache-parquet-testing data set.
    static func open(_ name: String) throws -> ParquetFile {
        try ParquetFile.open(TempTree.parquetCorpus.appendingPathComponent(name).path)
    }

    /// A corpus file by its path under corpus/parquet.
    static func openCorpus(_ path: String) throws -> ParquetFile {
        try ParquetFile.open(CorpusLocator.parquetRoot.appendingPathComponent(path).path)
    }

    /// All rows through the old path, row group by row group.
    static func readAll(_ file: ParquetFile, _ fields: [SchemaNode]) throws -> [[Value]] {
        try (0..<file.rowGroupCount).flatMap { try file.readRows(rowGroup: $0, fields: fields) }
    }

    static func scanAll(_ file: ParquetFile, _ options: ScanOptions) throws -> (rows: [[Value]], batches: [ScanBatch]) {
        var batches: [ScanBatch] = []
        try file.scan(options) {
            batches.append($0)
            return true
        }
        return (batches.flatMap { $0.rows() }, batches)
    }

    /// Small corpus files (under 256 KiB, most of the corpus; the whole set runs in a few seconds).
    static let smallFiles: [String] = CorpusLocator.parquetFiles().filter { path in
        guard path.hasSuffix(".parquet") else { return false }
        let url = CorpusLocator.parquetRoot.appendingPathComponent(path)
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? nil
        return (size ?? .max) < 256 << 10
    }

    @Test("every small corpus file scans to exactly the rows the row-group reader gives (or both fail)")
    func corpusAgreesWithRowReader() throws {
        #expect(Self.smallFiles.count > 100)
        var compared = 0
        for path in Self.smallFiles {
            let old: [[Value]]
            let file: ParquetFile
            do {
                file = try Self.openCorpus(path)
                old = try Self.readAll(file, try file.selectFields(nil))
            } catch {
                #expect(throws: (any Error).self, "\(path): the row reader fails, so must the scan") {
                    let f = try Self.openCorpus(path)
                    _ = try Self.scanAll(f, ScanOptions(batchRows: 7, threads: 2))
                }
                continue
            }
            let scanned = try Self.scanAll(file, ScanOptions(batchRows: 7, threads: 2))
            #expect(scanned.rows.count == old.count, "\(path)")
            // Value's == makes NaN unequal to itself; compare the printed form.
            #expect("\(scanned.rows)" == "\(old)", "\(path)")
            #expect(scanned.batches.allSatisfy { $0.rowCount <= 7 && $0.rowCount > 0 }, "\(path)")
            compared += 1
        }
        #expect(compared > 100)
    }

    /// What a scan handed out before it ended: each batch's row group and rows (as text: NaN is not equal to
    /// itself), the report, and the error it ended with (nil when none).
    static func outcome(_ file: ParquetFile, _ options: ScanOptions) -> (
        batches: [String], report: String, error: String?
    ) {
        var batches: [String] = []
        do {
            let report = try file.scan(options) {
                batches.append("\($0.rowGroup) \($0.rowNumbers) \($0.rows())")
                return true
            }
            return (batches, "\(report)", nil)
        } catch {
            return (batches, "", "\(error)")
        }
    }

    @Test("a filtered scan hands out the same batches, report and error on 1, 2 and 3 threads")
    func filteredScanAgreesOnEveryThreadCount() throws {
        var files = 0
        var compared = 0
        var failed = 0
        for path in Self.smallFiles {
            guard let file = try? Self.openCorpus(path), file.rowGroupCount > 1,
                let fields = try? file.selectFields(nil)
            else { continue }
            files += 1
            // Each flat column `>=` a value of its first row group; a file that fails to read is compared on
            // the rows before its error and on the error.
            let first = (try? file.readRows(rowGroup: 0, fields: fields)) ?? []
            for (c, field) in fields.enumerated() where field.leafIndex != nil && !field.isRepeated {
                let values = first.map { $0[c] }.filter { !$0.isNull }
                guard !values.isEmpty, let middle = PageIndexScanTests.literal(values[values.count / 2]) else {
                    continue
                }
                let p = RowGroupPredicate(column: field.name, comparison: .greaterOrEqual, literal: middle)
                let one = Self.outcome(file, ScanOptions(predicates: [p], batchRows: 5))
                for threads in [2, 3] {
                    let many = Self.outcome(file, ScanOptions(predicates: [p], batchRows: 5, threads: threads))
                    #expect(many.batches == one.batches, "\(path) \(field.name) on \(threads) threads")
                    #expect(many.report == one.report && many.error == one.error, "\(path) \(field.name)")
                }
                compared += 1
                failed += one.error == nil ? 0 : 1
            }
        }
        // Pinned: the small corpus files of more than one row group, the predicates compared, and those whose
        // scan ends in an error (none: the corrupt-group case is the next test's).
        #expect(files == 5)
        #expect(compared == 10)
        #expect(failed == 0)
    }

    @Test("a filtered scan on several threads hands out every row group before a corrupt one, then its error")
    func filteredScanErrorComesAfterTheRowsBeforeIt() throws {
        let path = ParquetWriterTests.temp("corrupt-group.parquet")
        defer { unlink(path) }
        // Seven row groups of 1,000 ids; the id chunk of group 4 gets a page header Thrift cannot read.
        let elements = ParquetWriterTests.schema([ParquetWriterTests.leaf("id", .int64, .required)])
        let w = try ParquetWriter(path: path, schema: elements, options: ParquetWriterOptions(dictionary: false))
        for g in 0..<7 {
            let ids = (0..<1000).map { Int64(g * 1000 + $0) }
            try w.writeRowGroup(ParquetWriterTests.required(w.columns, [.int64(ids)], rows: 1000), rowCount: 1000)
        }
        try w.close()
        let offset = try #require(
            try ParquetFile.open(path).metadata.rowGroups[4].columns[0].metaData?.dataPageOffset)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seek(toOffset: UInt64(offset))
        try handle.write(contentsOf: Data(repeating: 0xFF, count: 16))
        try handle.close()
        let file = try ParquetFile.open(path)
        // Group 0 is ruled out by its statistics; groups 1-3 go out, then group 4's error, on every count.
        let p = RowGroupPredicate(column: "id", comparison: .greaterOrEqual, literal: "1500")
        let one = Self.outcome(file, ScanOptions(predicates: [p], batchRows: 500))
        #expect(one.batches.map { $0.prefix(2) } == ["1 ", "2 ", "2 ", "3 ", "3 "])
        #expect(one.error != nil)
        for threads in [2, 3, 4] {
            let many = Self.outcome(file, ScanOptions(predicates: [p], batchRows: 500, threads: threads))
            #expect(many.batches == one.batches && many.error == one.error, "\(threads) threads")
        }
    }

    @Test("a predicate keeps exactly the matching rows; the filter column need not be selected")
    func predicateFilters() throws {
        let file = try Self.open("alltypes_plain.parquet")
        let all = try Self.readAll(file, try file.selectFields(["id", "int_col"]))
        let expected = all.filter { row in
            guard case .int(let v) = row[1] else { return false }
            return v >= 1
        }.map { [$0[0]] }
        let p = RowGroupPredicate(column: "int_col", comparison: .greaterOrEqual, literal: "1")
        let scanned = try Self.scanAll(file, ScanOptions(columns: ["id"], predicates: [p]))
        #expect(!expected.isEmpty && expected.count < all.count)
        #expect(scanned.rows == expected)
        #expect(scanned.batches.allSatisfy { $0.columns.count == 1 && $0.columns[0].name == "id" })
    }

    @Test("row groups whose statistics rule the predicate out are skipped; an unknown column is an error")
    func pruning() throws {
        let file = try Self.open("alltypes_plain.parquet")
        let none = RowGroupPredicate(column: "id", comparison: .greater, literal: "1000000")
        #expect(try Self.scanAll(file, ScanOptions(predicates: [none])).batches.isEmpty)
        let unknown = RowGroupPredicate(column: "nope", comparison: .equal, literal: "1")
        #expect(throws: CodecError.self) { _ = try Self.scanAll(file, ScanOptions(predicates: [unknown])) }
    }

    @Test("stopping early: body returning false ends the scan")
    func stopsEarly() throws {
        let file = try Self.open("alltypes_plain.parquet")
        var calls = 0
        try file.scan(ScanOptions(batchRows: 2)) { _ in
            calls += 1
            return false
        }
        #expect(calls == 1)
    }

    @Test("typed columns: NULLs are flagged, values come out logical", arguments: [1, 2])
    func nullsAndThreads(threads: Int) throws {
        let file = try Self.open("nullable.impala.parquet")
        let fields = try file.selectFields(nil)
        let old = try Self.readAll(file, fields)
        let scanned = try Self.scanAll(file, ScanOptions(batchRows: 3, threads: threads))
        #expect("\(scanned.rows)" == "\(old)")
        for batch in scanned.batches {
            for column in batch.columns {
                for r in 0..<batch.rowCount { #expect(column.isNull(r) == column.value(r).isNull) }
            }
        }
    }

    @Test("profile gives the same profiles on one thread and on several")
    func profileThreads() throws {
        let file = try Self.open("alltypes_plain.parquet")
        let fields = try file.selectFields(nil)
        let one = try file.profile(fields: fields, threads: 1)
        let four = try file.profile(fields: fields, threads: 4)
        #expect("\(one)" == "\(four)")
        #expect(one.count == fields.count)
    }

    /// Row groups are profiled as separate chunks and merged: the merged profile must be the same on any
    /// thread count and must match the file's rows (count, nulls, min and max) across every row group.
    @Test(
        "profile merges row groups alike on any thread count",
        arguments: [
            "duckdb-parquet-testing/file_row_number.parquet",
            "apache-parquet-testing/data/floating_orders_nan_count.parquet",
        ])
    func profileRowGroupsMerge(path: String) throws {
        let file = try Self.openCorpus(path)
        #expect(file.rowGroupCount > 1)
        let fields = try file.selectFields(nil)
        let one = try file.profile(fields: fields, threads: 1)
        for threads in [2, 3] { #expect(try file.profile(fields: fields, threads: threads) == one) }
        var rows: [[Value]] = []
        for g in 0..<file.rowGroupCount {
            try file.forEachRowChunk(rowGroup: g, fields: fields) { chunk in
                rows += chunk
                return true
            }
        }
        #expect(one.count == fields.count)
        for (k, p) in one.enumerated() {
            let values = rows.map { $0[k] }
            #expect(p.count == values.count && p.nulls == values.filter(\.isNull).count, "\(p.path)")
            let numbers = values.compactMap(Self.number)
            #expect(p.min.flatMap(Self.number) == numbers.min(), "\(p.path)")
            #expect(p.max.flatMap(Self.number) == numbers.max(), "\(p.path)")
        }
    }

    /// A non-NaN integer or floating value as a Double, for comparing extremes.
    static func number(_ v: Value) -> Double? {
        switch v {
        case .int(let x): Double(x)
        case .double(let x): x.isNaN ? nil : x
        case .float(let x): x.isNaN ? nil : Double(x)
        default: nil
        }
    }
}
