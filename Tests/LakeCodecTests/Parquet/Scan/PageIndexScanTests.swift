import Foundation
import Testing

@testable import LakeCodec

/// The page index (ColumnIndex/OffsetIndex) in `ParquetFile.scan`: pages a predicate's column index rules out
/// are never decoded, the other columns decode only the pages holding selected rows, and the rows are
/// exactly those of the same scan without the page index.
@Suite("Scan with the page index")
struct PageIndexScanTests {
    /// Corpus files whose first row group has an offset index for some column.
    static let indexedFiles: [String] = CorpusLocator.parquetFiles().filter { path in
        guard path.hasSuffix(".parquet"), let file = try? ParquetFileScanTests.openCorpus(path),
            let group = file.metadata.rowGroups.first
        else { return false }
        return group.columns.contains { $0.offsetIndexOffset != nil }
    }

    /// A literal `RowGroupPredicate` reads back as `v`, for the kinds that have one.
    static func literal(_ v: Value) -> String? {
        switch v {
        case .int(let n): "\(n)"
        case .uint(let n): "\(n)"
        case .double(let d): d.isFinite ? "\(d)" : nil
        case .float(let f): f.isFinite ? "\(f)" : nil
        case .string(let s): s
        case .decimal(let s): s
        case .bool(let b): b ? "true" : "false"
        default: nil
        }
    }

    @Test(
        "every corpus file with a page index: each flat column under =, < and >= of a value it holds, and pairs of columns, keep the same rows with the index as without; pages are skipped"
    )
    func corpusAgreesWithAndWithoutThePageIndex() throws {
        var files = 0
        var compared = 0
        var comparedPairs = 0
        var report = ScanReport()
        for path in Self.indexedFiles {
            let file = try ParquetFileScanTests.openCorpus(path)
            guard let whole = try? ParquetFileScanTests.scanAll(file, ScanOptions()).rows else { continue }
            files += 1
            let fields = try file.selectFields(nil)
            // Single predicates (=, <, >= of a middle value), then each such `>=` with the next column's `<`.
            var usable: [RowGroupPredicate] = []
            var runs: [[RowGroupPredicate]] = []
            for (c, field) in fields.enumerated() where field.leafIndex != nil && !field.isRepeated {
                let values = whole.map { $0[c] }.filter { !$0.isNull }
                guard !values.isEmpty, let middle = Self.literal(values[values.count / 2]) else { continue }
                for comparison in [RowGroupPredicate.Comparison.equal, .less, .greaterOrEqual] {
                    runs.append([RowGroupPredicate(column: field.name, comparison: comparison, literal: middle)])
                }
                usable.append(RowGroupPredicate(column: field.name, comparison: .greaterOrEqual, literal: middle))
            }
            for (a, b) in zip(usable, usable.dropFirst()) {
                runs.append([a, RowGroupPredicate(column: b.column, comparison: .less, literal: b.literal)])
            }
            for predicates in runs {
                var options = ScanOptions(predicates: predicates, batchRows: 1000)
                options.usesPageIndex = false
                // A literal the column's type cannot read fails both ways alike.
                guard let without = try? ParquetFileScanTests.scanAll(file, options) else { continue }
                options.usesPageIndex = true
                var rows: [[Value]] = []
                report.add(
                    try file.scan(options) {
                        rows += $0.rows()
                        return true
                    })
                // Compared as text: a NaN is not equal to itself.
                let shown = predicates.map { "\($0.column) \($0.comparison.rawValue) \($0.literal)" }
                #expect(
                    "\(rows)" == "\(without.rows)", "\(path) \(shown): \(rows.count) vs \(without.rows.count) rows")
                compared += predicates.count == 1 ? 1 : 0
                comparedPairs += predicates.count == 2 ? 1 : 0
            }
        }
        // Pinned: the corpus files with an offset index, those that read cleanly, and the comparisons made.
        // Among them, datapage_v1-*-checksum.parquet carry a column index that calls every page all-null with
        // a null count of -1; it is not used (their 12 comparisons failed before that rule).
        #expect(Self.indexedFiles.count == 92)
        #expect(files == 90)
        #expect(compared == 513)
        #expect(comparedPairs == 86)
        #expect(report.pagesSkipped > 0)
    }

    static let tinyPages = "apache-parquet-testing/data/alltypes_tiny_pages.parquet"

    /// Scans `tinyPages` with and without the page index: the rows must agree; returns them with the report.
    static func scanTinyPages(_ predicates: [RowGroupPredicate]) throws -> (rows: [[Value]], report: ScanReport) {
        let file = try ParquetFileScanTests.openCorpus(tinyPages)
        var options = ScanOptions(columns: ["id", "string_col", "timestamp_col"], predicates: predicates)
        options.usesPageIndex = false
        let without = try ParquetFileScanTests.scanAll(file, options).rows
        options.usesPageIndex = true
        var rows: [[Value]] = []
        let report = try file.scan(options) {
            rows += $0.rows()
            return true
        }
        #expect(rows == without)
        return (rows, report)
    }

    /// alltypes_tiny_pages: 7,300 rows in one row group; `id` in 325 pages, `string_col` in 352 and
    /// `timestamp_col` (no column index) in 1,055, 1,732 in all. `id` is not sorted (its boundary order is
    /// "unordered"): three of its pages have bounds around 100, so 3 + 1 + 1 pages are decoded.
    @Test("a selective predicate decodes only the pages that hold its row, in every column read")
    func aSelectivePredicateSkipsPages() throws {
        let (rows, report) = try Self.scanTinyPages([
            RowGroupPredicate(column: "id", comparison: .equal, literal: "100")
        ])
        #expect(rows.map { $0[0] } == [.int(100)])
        #expect(report == ScanReport(pagesSkipped: 1727))
        // A predicate matching every tenth value of a repeating column rules out the pages without it.
        let (some, wider) = try Self.scanTinyPages([
            RowGroupPredicate(column: "string_col", comparison: .equal, literal: "3")
        ])
        #expect(some.count == 730)
        #expect(wider == ScanReport(pagesSkipped: 349))
    }

    /// Predicates on two columns: the second column's chunk may be decoded page by page or, where the first
    /// column's candidates touch every one of its pages, whole; either way only the candidates are tested.
    @Test(
        "predicates on two columns keep the same rows with the page index as without",
        arguments: [
            ("id", "<=", "3650", "bool_col", "=", "true"), ("id", "=", "100", "int_col", ">=", "0"),
            ("string_col", "=", "3", "id", ">", "5000"), ("int_col", "<", "2", "bigint_col", ">", "0"),
        ])
    func twoColumns(_ a: String, _ opA: String, _ litA: String, _ b: String, _ opB: String, _ litB: String) throws {
        let predicates = [
            RowGroupPredicate(column: a, comparison: try #require(.init(rawValue: opA)), literal: litA),
            RowGroupPredicate(column: b, comparison: try #require(.init(rawValue: opB)), literal: litB),
        ]
        let (rows, _) = try Self.scanTinyPages(predicates)
        #expect(!rows.isEmpty)
    }

    /// A second filter column held in one page is decoded whole while the first column's index narrowed
    /// the rows to test (the last pages, so their positions differ from their row numbers): the filter
    /// must test exactly those rows of the whole chunk. The file is written
    /// by pyarrow with a page index: `a` (int64, ascending) in 2 KiB pages, `b` (boolean) in one page.
    @Test("a filter column decoded whole is tested on the rows another column's page index left")
    func aWholeChunkIsTestedOnTheCandidates() throws {
        let path = ParquetWriterTests.temp("page-index-two-columns.parquet")
        defer { unlink(path) }
        let written = try ParquetWriterTests.python(
            """
            import pyarrow as pa, pyarrow.parquet as pq
            t = pa.table({'a': pa.array(range(5000), pa.int64()), 'b': pa.array([i % 3 == 0 for i in range(5000)])})
            pq.write_table(t, '\(path)', write_page_index=True, data_page_size=2048, write_batch_size=100,
                           use_dictionary=False, compression='none')
            print('ok')
            """)
        #expect(written == "ok")
        let file = try ParquetFile.open(path)
        #expect(try file.offsetIndex(0, leaf: 0)?.count ?? 0 > 10)
        #expect(try file.offsetIndex(0, leaf: 1)?.count == 1)
        var options = ScanOptions(predicates: [
            RowGroupPredicate(column: "a", comparison: .greaterOrEqual, literal: "4700"),
            RowGroupPredicate(column: "b", comparison: .equal, literal: "true"),
        ])
        var rows: [[Value]] = []
        let report = try file.scan(options) {
            rows += $0.rows()
            return true
        }
        #expect(rows == stride(from: 4701, to: 5000, by: 3).map { [.int(Int64($0)), .bool(true)] })
        #expect(report.pagesSkipped > 0)
        options.usesPageIndex = false
        #expect(try ParquetFileScanTests.scanAll(file, options).rows == rows)
    }

    @Test("predicates whose possible pages never meet skip the row group without decoding it")
    func disjointPagesSkipTheGroup() throws {
        let (rows, report) = try Self.scanTinyPages([
            RowGroupPredicate(column: "id", comparison: .less, literal: "100"),
            RowGroupPredicate(column: "id", comparison: .greater, literal: "7000"),
        ])
        #expect(rows.isEmpty)
        #expect(report == ScanReport(rowGroupsSkippedByPageIndex: 1))
    }

    /// Bytes of the page index of `tinyPages` (the column and offset indexes sit between the last row group
    /// and the footer) flipped: the scan reads or fails with a `CodecError`, never traps.
    @Test func aMutatedPageIndexFailsCleanly() throws {
        let url = CorpusLocator.parquetRoot.appendingPathComponent(Self.tinyPages)
        let original = try [UInt8](Data(contentsOf: url))
        let file = try ParquetFile.open(url.path)
        let chunks = file.metadata.rowGroups[0].columns
        let starts = chunks.compactMap { $0.columnIndexOffset } + chunks.compactMap { $0.offsetIndexOffset }
        let indexStart = Int(starts.min() ?? 0)
        #expect(indexStart > 4 && indexStart < file.footerStart)
        var rng = ParquetCorruptionTests.Rng(state: 0x5EED_0F_1DE5)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "lakectl-page-index-\(UUID().uuidString).parquet")
        defer { try? FileManager.default.removeItem(at: path) }
        var outcomes = (read: 0, failed: 0)
        for _ in 0..<150 {
            var bytes = original
            for _ in 0..<(1 + Int(rng.next() % 3)) {
                let i = indexStart + Int(rng.next() % UInt64(file.footerStart - indexStart))
                bytes[i] ^= UInt8(truncatingIfNeeded: rng.next() | 1)
            }
            try Data(bytes).write(to: path)
            do {
                let mutated = try ParquetFile.open(path.path)
                for p in [("id", "100"), ("int_col", "3"), ("string_col", "3")] {
                    let predicate = RowGroupPredicate(column: p.0, comparison: .equal, literal: p.1)
                    try mutated.scan(ScanOptions(predicates: [predicate])) {
                        _ = $0.rows(); return true
                    }
                }
                outcomes.read += 1
            } catch is CodecError {
                outcomes.failed += 1
            }
        }
        #expect(outcomes.read + outcomes.failed == 150)
        #expect(outcomes.failed > 0, "no mutation of the page index was noticed: \(outcomes)")
    }
}

@Suite("RowSpans")
struct RowSpansTests {
    @Test func mergesIntersectsAndFindsPositions() {
        var a = RowSpans(ascending: [0..<5, 5..<8, 10..<12, 12..<12])
        #expect(a.ranges == [0..<8, 10..<12] && a.rowCount == 10)
        a.append(11..<20)
        #expect(a.ranges == [0..<8, 10..<20] && a.rowCount == 18)
        let b = RowSpans(rows: [3, 4, 5, 9, 15, 16, 30])
        #expect(b.ranges == [3..<6, 9..<10, 15..<17, 30..<31] && b.rowCount == 7)
        #expect(a.intersection(b).ranges == [3..<6, 15..<17])
        #expect(a.intersection(RowSpans()).isEmpty)
        #expect(a.overlaps(7..<9) && !a.overlaps(8..<10) && a.overlaps(19..<40) && !a.overlaps(20..<21))
        var cursor = RowSpans.Cursor(b)
        #expect([3, 5, 9, 10, 16, 30, 31].map { cursor.position(of: $0) } == [0, 2, 3, nil, 5, 6, nil])
    }
}

extension ScanReport {
    init(rowGroupsSkippedByPageIndex: Int = 0, pagesSkipped: Int = 0) {
        self.init()
        self.rowGroupsSkippedByPageIndex = rowGroupsSkippedByPageIndex
        self.pagesSkipped = pagesSkipped
    }

    mutating func add(_ other: ScanReport) {
        rowGroupsSkippedByStatistics += other.rowGroupsSkippedByStatistics
        rowGroupsSkippedByPageIndex += other.rowGroupsSkippedByPageIndex
        pagesSkipped += other.pagesSkipped
    }
}
