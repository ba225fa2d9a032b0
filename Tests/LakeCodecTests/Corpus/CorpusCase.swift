import Foundation

@testable import LakeCodec

/// One corpus file checked against its pyarrow reference (`<file>.expected.json`).
struct CorpusCase {
    enum Outcome: Equatable {
        /// Same row count, schema (names and equivalent types) and first rows as pyarrow.
        case agrees
        /// pyarrow fails on the file and so do we, with a CodecError (message kept).
        case failsAsExpected(String)
        case disagrees(String)
    }

    let relativePath: String
    var url: URL { CorpusLocator.parquetRoot.appendingPathComponent(relativePath) }
    var verifyChecksums: Bool { relativePath.contains("checksum") }

    func reference() throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: url.path + ".expected.json"))
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    /// pyarrow's verdict: nil when it reads the file, else its error text.
    func expectedError(_ ref: [String: Any]) -> String? {
        if let e = ref["error"] as? String { return e }
        if verifyChecksums, let v = ref["read_with_page_checksum_verification"] as? String, v != "ok" { return v }
        return nil
    }

    /// One value of pyarrow's first rows that pyarrow gets wrong: at `row`, the nested `keys` (column,
    /// then struct fields), pyarrow prints `pyarrow` where the file holds `truth`.
    struct Correction: Sendable {
        let row: Int
        let keys: [String]
        let pyarrow: String
        let truth: String
    }

    /// The reference's value at `correction`'s place, as text (nil when there is no such value).
    func referenceValue(_ ref: [String: Any], at correction: Correction) -> String? {
        guard let rows = ref["first_rows"] as? [[String: Any]], correction.row < rows.count else { return nil }
        var node: Any? = rows[correction.row]
        for key in correction.keys { node = (node as? [String: Any])?[key] }
        return node as? String
    }

    /// Compares with the reference after replacing each corrected value; a correction whose pyarrow
    /// value is not in the reference is itself a disagreement (the documented difference moved).
    func run(correcting corrections: [Correction] = []) -> Outcome {
        var ref: [String: Any]
        do { ref = try reference() } catch { return .disagrees("no readable reference: \(error)") }
        for c in corrections {
            let found = referenceValue(ref, at: c)
            guard found == c.pyarrow else {
                return .disagrees(
                    "reference has \(found ?? "nothing") at row \(c.row) \(c.keys), documented \(c.pyarrow)")
            }
            guard var rows = ref["first_rows"] as? [[String: Any]] else { return .disagrees("no first rows") }
            rows[c.row] = Self.replacing(rows[c.row], keys: c.keys[...], with: c.truth)
            ref["first_rows"] = rows
        }
        let expectedError = expectedError(ref)
        do {
            let file = try ParquetFile.open(url.path)
            let fields = try file.selectFields(nil)
            var rows: [[Value]] = []
            var total = 0
            // Through the scan API, as `cat` reads: small batches and two threads, so batch boundaries and
            // parallel chunk decoding are both exercised against pyarrow's reading.
            let options = ScanOptions(batchRows: 1000, threads: 2, verifyChecksums: verifyChecksums)
            try file.scan(options) { batch in
                total += batch.rowCount
                if rows.count < 5 { rows += batch.rows().prefix(5 - rows.count) }
                return true
            }
            if let expectedError { return .disagrees("pyarrow fails (\(expectedError)) but we read \(total) rows") }
            return compare(ref, file: file, fields: fields, rows: rows, total: total)
        } catch let error as CodecError {
            if expectedError != nil { return .failsAsExpected(error.description) }
            return .disagrees("we fail: \(error.description)")
        } catch {
            return .disagrees("non-codec error: \(error)")
        }
    }

    private static func replacing(_ dict: [String: Any], keys: ArraySlice<String>, with value: String) -> [String: Any]
    {
        guard let key = keys.first else { return dict }
        var out = dict
        if keys.count == 1 {
            out[key] = value
        } else {
            out[key] = replacing(dict[key] as? [String: Any] ?? [:], keys: keys.dropFirst(), with: value)
        }
        return out
    }

    private func compare(_ ref: [String: Any], file: ParquetFile, fields: [SchemaNode], rows: [[Value]], total: Int)
        -> Outcome
    {
        if let n = (ref["num_rows"] as? NSNumber)?.intValue, n != total {
            return .disagrees("row count \(total), pyarrow \(n)")
        }
        let schema = ref["schema"] as? [[String]] ?? []
        guard schema.count == fields.count else {
            return .disagrees("\(fields.count) columns, pyarrow \(schema.count)")
        }
        for (f, pair) in zip(fields, schema) {
            guard f.name == pair[0] else { return .disagrees("column name \(f.name), pyarrow \(pair[0])") }
            let mine = TypeText.normalize(f.arrowType), theirs = TypeText.normalize(pair[1])
            guard mine == theirs else { return .disagrees("column \(f.name): type \(f.arrowType), pyarrow \(pair[1])") }
        }
        let expected = ref["first_rows"] as? [[String: Any]] ?? []
        guard expected.count == rows.count else {
            return .disagrees("\(rows.count) first rows, pyarrow \(expected.count)")
        }
        for (i, (row, e)) in zip(rows, expected).enumerated() {
            for (f, v) in zip(fields, row) {
                guard let ev = e[f.name] else { return .disagrees("row \(i): no \(f.name) in reference") }
                if let m = PyArrowText.mismatch(v, ev, at: "row \(i).\(f.name)") { return .disagrees(m) }
            }
        }
        return .agrees
    }
}

/// Arrow type text normalised to what a Parquet reader can know without the embedded Arrow schema:
/// field names inside lists and maps, nullability, dictionary encoding and Arrow extension names are
/// presentation choices pyarrow restores from `ARROW:schema`, not different data.
enum TypeText {
    static func normalize(_ t: String) -> String {
        var s = t
        s = s.replacingOccurrences(of: " not null", with: "")
        s = s.replacingOccurrences(
            of: #"dictionary<values=([^,]+), indices=[a-z0-9]+, ordered=[01]>"#, with: "$1", options: .regularExpression
        )
        s = s.replacingOccurrences(of: "extension<arrow.uuid>", with: "fixed_size_binary[16]")
        s = s.replacingOccurrences(of: "extension<arrow.json>", with: "string")
        s = s.replacingOccurrences(of: "large_string", with: "string")
        s = s.replacingOccurrences(of: "large_binary", with: "binary")
        s = s.replacingOccurrences(of: "large_list<", with: "list<")
        s = s.replacingOccurrences(of: #"list<[^:<>,]*: "#, with: "list<", options: .regularExpression)
        s = s.replacingOccurrences(of: #" \('[^']*'\)"#, with: "", options: .regularExpression)
        return s
    }
}
