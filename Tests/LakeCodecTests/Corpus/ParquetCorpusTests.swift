import Foundation
import LakeTestSupport
import Testing

@testable import LakeCodec

/// Every Parquet file of the shared corpus against pyarrow's reading of it (MANIFEST.md, "Reference
/// outputs"): files pyarrow reads must give the same rows, schema and first rows; files it rejects must
/// end in a CodecError, never a crash or hang.
@Suite("Parquet corpus")
struct ParquetCorpusTests {
    static let files = CorpusLocator.parquetFiles()

    /// The number of Parquet files in the corpus: one that disappears, or a new one (which needs a
    /// reference and a verdict first), fails `inventory`.
    static let expectedFileCount = 181
    /// Every file under corpus/parquet, the Parquet files with their references and companions.
    static let expectedTotalCount = 454

    /// Files where we knowingly differ from pyarrow, each with the reason and the exact values pyarrow
    /// gets wrong. Checked both ways: pyarrow's reference must still hold its wrong value (so we still
    /// disagree), and with only those values replaced by the true ones everything else must agree.
    static let knownDisagreements: [String: (reason: String, corrections: [CorpusCase.Correction])] = [
        // pyarrow is wrong here: the column is TIMESTAMP(MICROS, UTC) holding 1608822900000000000 µs (a
        // nanosecond count written into a micros column), i.e. 1 608 822 900 000 s after the epoch,
        // 52951-07-27 10:00:00 UTC. pyarrow cannot make a Python datetime and its cast-to-string
        // multiplies to nanoseconds in Int64, which overflows and prints "-12585-07-27 10:00:00.000000Z".
        // We print the true instant.
        "apache-parquet-testing/data/nested_structs.rust.parquet": (
            "pyarrow overflows µs→ns when printing year-52951 timestamps (ul_observation_date); we print the real date",
            [
                .init(
                    row: 0, keys: ["ul_observation_date", "min"], pyarrow: "-12585-07-27 10:00:00.000000Z",
                    truth: "52951-07-27 10:00:00+00:00"),
                .init(
                    row: 0, keys: ["ul_observation_date", "max"], pyarrow: "-12585-07-27 10:00:00.000000Z",
                    truth: "52951-07-27 10:00:00+00:00"),
            ]
        ),
        // pyarrow is wrong here, per the file's own int96_from_spark.md: row 2 is 9999-12-31T01:00:00-02:00
        // (253402225200000000 µs). pyarrow converts INT96 to Int64 nanoseconds, which wraps, and prints
        // "1816-03-29 08:56:08.066277376". We fall back to microseconds where nanoseconds overflow (as Spark
        // does) and read 9999-12-31 03:00:00; Int96FromSparkTests checks all six values against the .md.
        "apache-parquet-testing/data/int96_from_spark.parquet": (
            "pyarrow wraps INT96 timestamps beyond 2262 (row 2 prints as 1816-03-29); int96_from_spark.md says 9999-12-31",
            [.init(row: 2, keys: ["a"], pyarrow: "1816-03-29 08:56:08.066277376", truth: "9999-12-31 03:00:00")]
        ),
    ]

    // The time limit is a hang guard only: cases queue behind each other on a 2-core machine.
    @Test("agrees with pyarrow", .timeLimit(.minutes(10)), arguments: files)
    func agreesWithPyArrow(_ path: String) {
        let outcome = CorpusCase(relativePath: path).run()
        if let known = Self.knownDisagreements[path] {
            guard case .disagrees = outcome else {
                Issue.record("\(path) no longer disagrees with pyarrow (\(outcome)); remove it from knownDisagreements")
                return
            }
            let corrected = CorpusCase(relativePath: path).run(correcting: known.corrections)
            #expect(corrected == .agrees, "\(path): beyond the documented difference (\(known.reason)): \(corrected)")
            return
        }
        if case .disagrees(let why) = outcome { Issue.record("\(path): \(why)") }
    }

    @Test("every corpus file has a reference and a verdict")
    func inventory() throws {
        _ = try Fixtures.corpusItem("parquet")
        #expect(
            Self.files.count == Self.expectedFileCount,
            "\(Self.files.count) Parquet files under \(CorpusLocator.parquetRoot.path), expected \(Self.expectedFileCount)"
        )
        for path in Self.files {
            let ref = CorpusLocator.parquetRoot.appendingPathComponent(path).path + ".expected.json"
            #expect(FileManager.default.fileExists(atPath: ref), "\(path) has no pyarrow reference")
        }
        for path in Self.knownDisagreements.keys {
            #expect(Self.files.contains(path), "known disagreement names a file not in the corpus: \(path)")
        }
        // Every other file must be a companion with a stated use (or a stated reason it is unused).
        let base = CorpusLocator.parquetRoot.path
        let all = (FileManager.default.enumerator(atPath: base)?.allObjects as? [String] ?? []).filter {
            var isDir: ObjCBool = false
            return FileManager.default.fileExists(atPath: base + "/" + $0, isDirectory: &isDir) && !isDir.boolValue
        }
        #expect(
            all.count == Self.expectedTotalCount,
            "\(all.count) files under \(base) (Parquet files and companions), expected \(Self.expectedTotalCount)")
        let expectCSVs = Set(ParquetExpectCSVTests.cases.map(\.csv))
        for path in all where path.hasSuffix(".expected.json") {
            let parquet = String(path.dropLast(".expected.json".count))
            #expect(Self.files.contains(parquet), "\(path) is the reference of a missing file")
        }
        for path in all where !Self.files.contains(path) {
            #expect(
                Self.companionVerdict(path, expectCSVs: expectCSVs) != nil, "corpus file without a verdict: \(path)")
        }
    }

    /// Why a non-Parquet corpus file is there and what, if anything, checks it.
    static func companionVerdict(_ path: String, expectCSVs: Set<String>) -> String? {
        if path.hasSuffix(".expected.json") { return "pyarrow reference, used by agreesWithPyArrow" }
        if expectCSVs.contains(path) { return "source expectation, used by ParquetExpectCSVTests" }
        if path.hasSuffix(".md") || path.hasSuffix("geospatial.yaml") {
            return "description read by people; quoted in known disagreements"
        }
        if path.hasPrefix("apache-parquet-testing/shredded_variant/"),
            path.hasSuffix(".variant.bin") || path.hasSuffix("cases.json")
        {
            // The files read as pyarrow reads them (a struct of metadata/value/typed_value binaries);
            // decoding Variant values themselves is not implemented, so these are not compared.
            return "Variant encoding expectations; Variant decoding not implemented"
        }
        if path.hasPrefix("duckdb-parquet-testing/hive-partitioning/") {
            return "Hive-partition fixtures for schema inference, not the reader"
        }
        return nil
    }

    /// Prints the verdict counts, each disagreement and the slowest files (set LAKECTL_CORPUS_SUMMARY=1;
    /// off by default because it reads the whole corpus a second time).
    @Test("summary of verdicts", .enabled(if: ProcessInfo.processInfo.environment["LAKECTL_CORPUS_SUMMARY"] == "1"))
    func summary() {
        var agree = 0, failAsExpected = 0, disagree: [String] = []
        var timings: [(Double, String)] = []
        for path in Self.files {
            let clock = ContinuousClock()
            var outcome = CorpusCase.Outcome.agrees
            let elapsed = clock.measure { outcome = CorpusCase(relativePath: path).run() }
            timings.append((Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18, path))
            switch outcome {
            case .agrees: agree += 1
            case .failsAsExpected(let message):
                failAsExpected += 1
                print("CORPUS ERROR \(path): \(message)")
            case .disagrees(let why): disagree.append("\(path): \(why)")
            }
        }
        print("CORPUS: \(agree) agree, \(failAsExpected) fail as pyarrow does, \(disagree.count) disagree")
        for d in disagree { print("CORPUS DISAGREE \(d)") }
        for (t, p) in timings.sorted(by: { $0.0 > $1.0 }).prefix(8) { print("CORPUS SLOWEST \(p): \(t) s") }
    }
}
