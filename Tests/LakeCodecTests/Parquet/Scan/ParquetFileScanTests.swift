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
