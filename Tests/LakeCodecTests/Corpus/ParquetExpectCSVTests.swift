import Foundation
import Testing

@testable import LakeCodec

/// The sources' own expectations take precedence over pyarrow (MANIFEST.md): every value of these files
/// is compared with the CSV their authors published next to them, not just the first rows.
@Suite struct ParquetExpectCSVTests {
    struct Case: Sendable, CustomStringConvertible {
        var parquet: String
        var csv: String
        var delimiter: Character
        var header: Bool
        var null: String
        /// DuckDB's export of p2 writes nulls as `""` (the columns are integers, so it can only mean null).
        var quotedEmptyIsNull = false
        var description: String { parquet }
    }

    static let cases = [
        Case(
            parquet: "apache-parquet-testing/data/delta_binary_packed.parquet",
            csv: "apache-parquet-testing/data/delta_binary_packed_expect.csv", delimiter: ",", header: true, null: ""),
        Case(
            parquet: "apache-parquet-testing/data/delta_encoding_optional_column.parquet",
            csv: "apache-parquet-testing/data/delta_encoding_optional_column_expect.csv", delimiter: ",", header: true,
            null: ""),
        Case(
            parquet: "apache-parquet-testing/data/delta_encoding_required_column.parquet",
            csv: "apache-parquet-testing/data/delta_encoding_required_column_expect.csv", delimiter: ",", header: true,
            null: ""),
        Case(
            parquet: "duckdb-parquet-testing/byte_stream_split.parquet",
            csv: "duckdb-parquet-testing/byte_stream_split.csv", delimiter: "|", header: true, null: "NULL"),
        Case(
            parquet: "duckdb-parquet-testing/p2.parquet",
            csv: "duckdb-parquet-testing/p2.csv", delimiter: ",", header: false, null: "", quotedEmptyIsNull: true),
    ]

    /// RFC 4180 fields; a quoted empty field is "" (a value), an unquoted empty one is nil (null).
    static func parseLine(_ line: String, _ delimiter: Character, null: String) -> [String?] {
        var fields: [String?] = []
        var current = ""
        var quoted = false, inQuotes = false
        var chars = Array(line)[...]
        while let c = chars.popFirst() {
            if inQuotes {
                if c == "\"" {
                    if chars.first == "\"" { current.append("\""); chars.removeFirst() } else { inQuotes = false }
                } else {
                    current.append(c)
                }
            } else if c == "\"" {
                inQuotes = true
                quoted = true
            } else if c == delimiter {
                fields.append(!quoted && (current.isEmpty || current == null) ? nil : current)
                current = ""
                quoted = false
            } else {
                current.append(c)
            }
        }
        fields.append(!quoted && (current.isEmpty || current == null) ? nil : current)
        return fields
    }

    static func matches(_ v: Value, _ text: String?) -> Bool {
        guard let text else { return v.isNull }
        switch v {
        case .int(let i): return String(i) == text
        case .uint(let u): return String(u) == text
        case .float(let f): return Float(text) == f
        case .double(let d): return Double(text) == d
        case .string(let s): return s == text
        case .binary(let b): return String(decoding: b, as: UTF8.self) == text
        default: return false
        }
    }

    @Test(arguments: cases)
    func everyValueMatchesTheSourcesCSV(_ c: Case) throws {
        let file = try ParquetFile.open(CorpusLocator.parquetRoot.appendingPathComponent(c.parquet).path)
        let fields = try file.selectFields(nil)
        var rows: [[Value]] = []
        for g in 0..<file.rowGroupCount { rows += try file.readRows(rowGroup: g, fields: fields) }
        let text = try String(contentsOf: CorpusLocator.parquetRoot.appendingPathComponent(c.csv), encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        if c.header { lines.removeFirst() }
        #expect(rows.count == lines.count)
        var mismatches = 0
        for (i, (row, line)) in zip(rows, lines).enumerated() {
            let expected = Self.parseLine(line, c.delimiter, null: c.null).map {
                c.quotedEmptyIsNull && $0 == "" ? nil : $0
            }
            #expect(expected.count == row.count, "row \(i): \(expected.count) fields")
            for (k, (v, e)) in zip(row, expected).enumerated() where !Self.matches(v, e) {
                mismatches += 1
                if mismatches <= 5 {
                    Issue.record("row \(i) column \(fields[k].name): got \(v), expected \(e ?? "null")")
                }
            }
        }
        #expect(mismatches == 0)
    }
}
