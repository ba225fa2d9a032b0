import Foundation
import LakeTestSupport
import Testing

@testable import LakeCodec

/// Every file of DuckDB's CSV test data (corpus/csv) is sniffed and read by lakectl and compared with
/// DuckDB 2.0's own sniffing and reading of it on delimiter, quote, header, column count and row count.
/// Each file gets a verdict: agree, both reject it, or a difference listed in `knownDifferences` with the
/// reason. The target (issue "CSV codec…") is ≥ 90 % agreement on the files DuckDB reads, and no crash.
@Suite("CSV corpus vs DuckDB")
struct CSVCorpusTests {
    /// What lakectl reads from a file DuckDB rejects: the documented difference itself.
    struct Reading: Equatable, CustomStringConvertible {
        var delimiter: String
        var quote: String
        var hasHeader: Bool
        var columns: Int
        var rows: Int
        var description: String {
            "delimiter \(delimiter), quote \(quote), header \(hasHeader), \(columns) columns, \(rows) rows"
        }
    }

    /// Files where lakectl deliberately or knowingly differs from DuckDB, keyed by path under corpus/csv,
    /// with the reason and exactly what lakectl reads where DuckDB rejects the file. Any other outcome
    /// (DuckDB starts reading it, lakectl rejects it or reads something else) fails, so the table stays true.
    static let knownDifferences: [String: (reason: String, lakectlReads: Reading)] = [
        "duckdb/test-csv-data/auto/multi_column_string_mix.csv": (
            "mixed line endings (\\r\\n, then \\n, then none): lakectl accepts any mix, as RFC 4180 readers and "
                + "Glue's LazySimpleSerDe do; DuckDB's strict mode fixes one newline and gives up sniffing",
            Reading(delimiter: "|", quote: "\"", hasHeader: false, columns: 4, rows: 9)
        ),
        "duckdb/test-csv-data/auto/multi_column_string_mix_r_n.csv": (
            "mixed line endings, as multi_column_string_mix.csv: lakectl reads it, DuckDB's strict mode rejects it",
            Reading(delimiter: "|", quote: "\"", hasHeader: false, columns: 4, rows: 9)
        ),
    ]

    /// Ragged files (issue 9 item 2): DuckDB's sniffer reads them as one column, or makes the rows before a
    /// wider row a preamble; lakectl stops at the first row whose width differs from the header's and names
    /// its line, unless ragged=pad or skip is given. Each must be exactly that: DuckDB reads, lakectl refuses
    /// with a ragged-row error.
    static let raggedFiles: Set<String> = [
        "duckdb/data-csv/inconsistencies/inconsistent_columns_6.csv", "duckdb/data-csv/missing_column.csv",
        "duckdb/data-csv/nullpadding_commas.csv", "duckdb/data-csv/rejects/multiple_errors/cast_and_less_col.csv",
        "duckdb/data-csv/rejects/multiple_errors/cast_and_more_col.csv",
        "duckdb/data-csv/rejects/multiple_errors/less_col_and_max_line.csv",
        "duckdb/data-csv/rejects/multiple_errors/more_col_and_max_line.csv",
        "duckdb/data-csv/rejects/multiple_errors/unquoted_more.csv", "duckdb/test-csv-data/test/error_too_little.csv",
        "duckdb/test-csv-data/test/error_too_little_end_of_filled_chunk.csv",
        "duckdb/test-csv-data/test/error_too_many.csv",
    ]

    /// Files whose sniffed column types differ from DuckDB's, with the reason and the one substitution
    /// that makes them equal (every DuckDB `duckDB` column is lakectl's `lakectl`, all others identical).
    static let knownTypeDifferences: [String: (reason: String, duckDB: String, lakectl: String)] = [
        "duckdb/data-csv/hebere.csv.gz": (
            "integers past Int64 are HUGEINT in DuckDB; lakectl (like Glue/Hive, which have no 128-bit integer) "
                + "infers double",
            "HUGEINT", "DOUBLE"
        ),
        "duckdb/data-csv/union-by-name/ubn2.csv": (
            "ISO timestamps with an offset are TIMESTAMP WITH TIME ZONE in DuckDB; lakectl folds them into "
                + "timestamp, Glue's only timestamp type",
            "TIMESTAMP WITH TIME ZONE", "TIMESTAMP"
        ),
    ]

    /// The number of data files in corpus/csv: a file that disappears or appears fails `inventory`
    /// (a new one needs a verdict first).
    static let expectedFileCount = 145

    static let files = CSVCorpus.files()

    @Test("every corpus file gets a verdict", arguments: files)
    func verdict(file: String) throws {
        let verdict = try CSVCorpus.verdict(file)
        if let known = Self.knownDifferences[file] {
            #expect(
                verdict == .duckDBRejects,
                "\(file): expected DuckDB to reject it and lakectl to read it (\(known.reason)), got \(verdict)")
            let ours = try CSVCorpus.read(file).get()
            let reading = Reading(
                delimiter: ours.delimiter, quote: ours.quote, hasHeader: ours.hasHeader, columns: ours.columns,
                rows: ours.rows)
            #expect(
                reading == known.lakectlReads, "\(file): lakectl reads \(reading), documented \(known.lakectlReads)")
            return
        }
        if Self.raggedFiles.contains(file) {
            guard case .weReject(let message) = verdict else {
                Issue.record("\(file): expected DuckDB to read it and lakectl to refuse a ragged row, got \(verdict)")
                return
            }
            // "<file>:<line>: row has N fields where the header has M …; read with ragged=pad …"
            #expect(
                message.contains(file + ":") && message.contains("fields where the header has"), "\(file): \(message)")
            return
        }
        switch verdict {
        case .agree, .dialectAgreesDuckDBCastFails:
            break
        case .bothReject(let message):
            // Rejections must be lakectl's own clear errors, pointing at a line.
            #expect(message.contains(":"), "\(file): unclear error \(message)")
        case .differ(let what):
            Issue.record("\(file) differs from DuckDB: \(what.joined(separator: "; "))")
        case .weReject(let message):
            Issue.record("\(file): DuckDB reads it, lakectl fails: \(message)")
        case .duckDBRejects:
            Issue.record("\(file): DuckDB rejects it, lakectl reads it")
        }
    }

    @Test("sniffed column types match DuckDB's, apart from the documented differences")
    func columnTypes() throws {
        var agree = 0
        var compared = 0
        for file in Self.files {
            let reference = try CSVCorpus.reference(file)
            guard reference.readable, !Self.raggedFiles.contains(file) else { continue }
            let path = CSVCorpus.root.appendingPathComponent(file).path
            let ours = try CSVSniffer().sniff(path: path).columnTypes.map(\.duckDBName)
            compared += 1
            if let known = Self.knownTypeDifferences[file] {
                let documented = reference.types.map { $0 == known.duckDB ? known.lakectl : $0 }
                #expect(
                    documented != reference.types, "\(file): DuckDB no longer has \(known.duckDB); update the table")
                #expect(ours == documented, "\(file): types \(ours), documented \(documented) (\(known.reason))")
            } else if ours == reference.types {
                agree += 1
            } else {
                Issue.record("\(file): types \(ours) where DuckDB has \(reference.types)")
            }
        }
        print("CSV corpus types: \(agree) of \(compared) files have DuckDB's column types")
        #expect(compared - agree == Self.knownTypeDifferences.count)
    }

    @Test("inventory: the corpus is found, every file has a reference, the table names real files")
    func inventory() throws {
        _ = try Fixtures.corpusItem("csv")
        #expect(
            Self.files.count == Self.expectedFileCount,
            "\(Self.files.count) CSV files under \(CSVCorpus.root.path), expected \(Self.expectedFileCount)")
        for file in Self.files {
            let reference = CSVCorpus.root.appendingPathComponent(file + ".duckdb.json").path
            #expect(FileManager.default.fileExists(atPath: reference), "\(file) has no .duckdb.json verdict")
        }
        for file in Self.knownDifferences.keys.sorted() + Self.knownTypeDifferences.keys.sorted()
            + Self.raggedFiles.sorted()
        {
            #expect(Self.files.contains(file), "knownDifferences lists \(file), which is not in the corpus")
        }
    }

    @Test("agreement rate on files DuckDB reads is at least 90 %")
    func agreementRate() throws {
        var agree = 0
        var readable = 0
        var bothReject = 0
        var castOnly = 0
        var documented = 0
        for file in Self.files {
            let reference = try CSVCorpus.reference(file)
            let verdict = try CSVCorpus.verdict(file)
            if reference.readable {
                readable += 1
                if verdict.agrees { agree += 1 }
            } else if verdict == .dialectAgreesDuckDBCastFails {
                castOnly += 1
            } else if verdict.agrees {
                bothReject += 1
            }
            if !verdict.agrees && (Self.knownDifferences[file] != nil || Self.raggedFiles.contains(file)) {
                documented += 1
            }
        }
        let rate = readable == 0 ? 0 : Double(agree) / Double(readable)
        print(
            "CSV corpus: \(Self.files.count) files; DuckDB reads \(readable), lakectl agrees on \(agree) "
                + "(\(Int((rate * 1000).rounded()) / 10) %); both reject \(bothReject); DuckDB fails only a type "
                + "cast past its sample, dialect agrees: \(castOnly); documented differences \(documented)")
        #expect(rate >= 0.9)
    }
}
