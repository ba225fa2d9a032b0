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

    func run() -> Outcome {
        let ref: [String: Any]
        do { ref = try reference() } catch { return .disagrees("no readable reference: \(error)") }
        let expectedError = expectedError(ref)
        do {
            let file = try ParquetFile.open(url.path)
            let fields = try file.selectFields(nil)
            var rows: [[Value]] = []
            var total = 0
            for g in 0..<file.rowGroupCount {
                let groupRows = try file.readRows(rowGroup: g, fields: fields, verifyChecksums: verifyChecksums)
                total += groupRows.count
                if rows.count < 5 { rows += groupRows.prefix(5 - rows.count) }
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
