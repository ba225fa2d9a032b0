import Foundation
import LakeTestSupport

@testable import LakeCodec

/// Locates the shared CSV corpus and compares lakectl's sniffing and reading of each file with DuckDB's
/// reference output (`<file>.duckdb.json`, see corpus/MANIFEST.md "Reference outputs").
enum CSVCorpus {
    /// The `csv` folder of the corpus `Fixtures.corpus` finds.
    static var root: URL { Fixtures.corpus.appendingPathComponent("csv") }

    /// Every data file under the corpus (not the reference JSON), relative to `root`, sorted.
    static func files() -> [String] {
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        else { return [] }
        var out: [String] = []
        let base = root.standardizedFileURL.path + "/"
        for case let url as URL in walker {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let path = url.standardizedFileURL.path
            guard !path.hasSuffix(".duckdb.json"), path.hasPrefix(base) else { continue }
            out.append(String(path.dropFirst(base.count)))
        }
        return out.sorted()
    }

    /// DuckDB's view of one file.
    struct Reference {
        var delimiter: String?
        var quote: String?
        var hasHeader: Bool?
        var columns: Int?
        var rows: Int?
        var error: String?
        /// DuckDB's sniffed column types (`BIGINT`, `VARCHAR`, …).
        var types: [String] = []

        var readable: Bool { error == nil && delimiter != nil && rows != nil }
        /// DuckDB sniffed the file but then failed converting a value past its sample to the sniffed type.
        /// lakectl's reader returns text (types are a later step), so only the dialect can be compared.
        var castFailure: Bool {
            guard delimiter != nil, let error else { return false }
            return error.contains("Conversion Error") || error.contains("Could not convert")
        }
    }

    static func reference(_ file: String) throws -> Reference {
        let data = try Data(contentsOf: root.appendingPathComponent(file + ".duckdb.json"))
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        var ref = Reference()
        if let sniff = json["sniff"] as? [String: Any] {
            ref.delimiter = sniff["Delimiter"] as? String
            ref.quote = sniff["Quote"] as? String
            ref.hasHeader = sniff["HasHeader"] as? Bool
            let columns = sniff["Columns"] as? [[String: Any]]
            ref.columns = columns?.count
            ref.types = columns?.map { $0["type"] as? String ?? "" } ?? []
        }
        ref.rows = json["num_rows"] as? Int
        ref.error = (json["sniff_error"] as? String) ?? (json["error"] as? String)
        return ref
    }

    /// What lakectl makes of one file.
    struct Ours {
        var delimiter: String
        var quote: String
        var hasHeader: Bool
        var columns: Int
        var rows: Int
    }

    static func read(_ file: String) -> Result<Ours, Error> {
        Result {
            let path = root.appendingPathComponent(file).path
            let sniff = try CSVSniffer().sniff(path: path)
            let reader = try CSVReader(path: path, dialect: sniff.dialect)
            var rows = 0
            while let batch = try reader.nextBatch() { rows += batch.rowCount }
            return Ours(
                delimiter: String(UnicodeScalar(sniff.dialect.delimiter)),
                quote: CSVDialect.display(sniff.reportedQuote),
                hasHeader: sniff.dialect.hasHeader, columns: reader.columnCount ?? sniff.columnNames.count, rows: rows)
        }
    }

    enum Verdict: Equatable {
        /// Both read it and agree on delimiter, quote, header, column count and row count.
        case agree
        /// Both reject it (DuckDB with an error, lakectl with a `CodecError`).
        case bothReject(String)
        /// Both read it but disagree on the listed properties.
        case differ([String])
        /// DuckDB reads it, lakectl reports an error.
        case weReject(String)
        /// DuckDB rejects it, lakectl reads it.
        case duckDBRejects
        /// DuckDB sniffed it, then failed a type conversion while reading; the dialect agrees.
        case dialectAgreesDuckDBCastFails

        var agrees: Bool {
            switch self {
            case .agree, .bothReject, .dialectAgreesDuckDBCastFails: return true
            default: return false
            }
        }
    }

    static func verdict(_ file: String) throws -> Verdict {
        let ref = try reference(file)
        switch (ref.readable, read(file)) {
        case (false, .failure(let error)): return .bothReject("\(error)")
        case (false, .success(let ours)):
            guard ref.castFailure else { return .duckDBRejects }
            let diffs = differences(ours, ref, rows: false)
            return diffs.isEmpty ? .dialectAgreesDuckDBCastFails : .differ(diffs)
        case (true, .failure(let error)): return .weReject("\(error)")
        case (true, .success(let ours)):
            let diffs = differences(ours, ref, rows: true)
            return diffs.isEmpty ? .agree : .differ(diffs)
        }
    }

    static func differences(_ ours: Ours, _ ref: Reference, rows: Bool) -> [String] {
        var diffs: [String] = []
        if ours.delimiter != ref.delimiter { diffs.append("delimiter \(ours.delimiter) vs \(ref.delimiter ?? "-")") }
        if ours.quote != ref.quote { diffs.append("quote \(ours.quote) vs \(ref.quote ?? "-")") }
        if ours.hasHeader != ref.hasHeader { diffs.append("header \(ours.hasHeader) vs \(ref.hasHeader ?? false)") }
        if ours.columns != ref.columns { diffs.append("columns \(ours.columns) vs \(ref.columns ?? -1)") }
        if rows && ours.rows != ref.rows { diffs.append("rows \(ours.rows) vs \(ref.rows ?? -1)") }
        return diffs
    }
}
