import Foundation
import Testing

@testable import LakeCodec

/// JSON lines → Parquet read back by our reader (values) and by pyarrow (row count, types): the schema is
/// inferred over the whole file, missing keys and null are NULL, nested values are JSON text; a malformed
/// line stops the conversion with its line and leaves no output.
@Suite("JSON lines to Parquet", .serialized)
struct JSONLinesToParquetTests {
    static let sample = """
        {"id": 1, "score": 1.5, "ok": true, "name": "ann", "at": "2024-01-02 03:04:05", "tags": {"a": [1, "x"]}}
        {"id": 2, "score": 2, "ok": false, "name": null, "at": "2024-02-29 00:00:00", "tags": null}

        {"ID": -3, "score": null, "name": "b \\"q\\"\\n", "extra": 7}
        {"id": 4, "ok": true, "at": null, "tags": {"b": {}}}

        """

    static func rows(_ path: String) throws -> [[Value]] {
        let file = try ParquetFile.open(path)
        let fields = try file.selectFields(nil)
        var out: [[Value]] = []
        for g in 0..<file.rowGroupCount {
            try file.forEachRowChunk(rowGroup: g, fields: fields) { rows in
                out += rows
                return true
            }
        }
        return out
    }

    @Test("types, nulls, missing keys and nested JSON: our reader and pyarrow read the rows back")
    func roundTrip() throws {
        let input = ParquetWriterTests.temp("sample.jsonl")
        let out = ParquetWriterTests.temp("sample-jsonl.parquet")
        defer {
            unlink(input)
            unlink(out)
        }
        try Self.sample.write(toFile: input, atomically: true, encoding: .utf8)
        let summary = try JSONLinesToParquet.convert(
            jsonLines: input, to: out, options: ParquetWriterOptions(rowGroupRows: 3))
        #expect(summary.rows == 4)
        #expect(summary.columns.map(\.name) == ["id", "score", "ok", "name", "at", "tags", "extra"])
        #expect(
            summary.columns.map(\.type)
                == [
                    .bigint, .double, .boolean, .string, .timestamp,
                    .structure([
                        GlueField(name: "a", type: .array(.string)), GlueField(name: "b", type: .string),
                    ]), .bigint,
                ])
        let file = try ParquetFile.open(out)
        #expect(file.rowGroupCount == 2)
        // 2024-01-02 03:04:05 and 2024-02-29 00:00:00 in microseconds since the epoch.
        let ts = { (micros: Int64) in Value.timestamp(micros, .micros, utc: false) }
        let expected: [[Value]] = [
            [
                .int(1), .double(1.5), .bool(true), .string("ann"), ts(1_704_164_645_000_000),
                .string(#"{"a":[1,"x"]}"#), .null,
            ],
            [.int(2), .double(2), .bool(false), .null, ts(1_709_164_800_000_000), .null, .null],
            [.int(-3), .null, .null, .string("b \"q\"\n"), .null, .null, .int(7)],
            [.int(4), .null, .bool(true), .null, .null, .string(#"{"b":{}}"#), .null],
        ]
        #expect(try Self.rows(out) == expected)
        let answer = try ParquetWriterTests.python(
            """
            import json, pyarrow.parquet as pq
            t = pq.read_table('\(out)')
            print(t.num_rows, [str(f.type) for f in t.schema])
            print(pq.ParquetFile('\(out)').schema.column(5).logical_type, json.loads(t.column('tags')[3].as_py()))
            """)
        #expect(
            answer == """
                4 ['int64', 'double', 'bool', 'string', 'timestamp[us]', 'extension<arrow.json>', 'int64']
                JSON {'b': {}}
                """)
    }

    @Test("a malformed line: CodecError.json naming the line, no output left")
    func malformedLine() throws {
        let input = ParquetWriterTests.temp("bad.jsonl")
        let out = ParquetWriterTests.temp("bad-jsonl.parquet")
        defer { unlink(input) }
        try "{\"a\": 1}\n{\"a\": 2}\n{\"a\": 3,}\n".write(toFile: input, atomically: true, encoding: .utf8)
        #expect {
            try JSONLinesToParquet.convert(jsonLines: input, to: out)
        } throws: { error in
            guard case let .json(path, line, _, _) = error as? CodecError else { return false }
            return path == input && line == 3
        }
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(!FileManager.default.fileExists(atPath: out + ".tmp"))
    }

    @Test("a value that does not fit its column: CodecError.json with line and field")
    func mismatchIsGuarded() throws {
        let path = "x.jsonl"
        let schema = try ParquetSchema(
            elements: ParquetWriterTests.schema([JSONLinesToParquet.element(name: "n", kind: .int64)]))
        var builder = JSONColumnBuilder(name: "n", kind: .int64, descriptor: schema.columns[0])
        try builder.append(.int(1), path: path, line: 1)
        #expect {
            try builder.append(.string("oops"), path: path, line: 2)
        } throws: { error in
            guard case let .json(p, line, _, reason) = error as? CodecError else { return false }
            return p == path && line == 2 && reason.contains("field 'n'") && reason.contains("bigint")
                && reason.contains("oops")
        }
    }

    @Test(
        "compact JSON text escapes what RFC 8259 requires",
        arguments: [
            (
                JSONValue.object([("k", .array([.int(-1), .double(0.25), .bool(true), .null]))]),
                #"{"k":[-1,0.25,true,null]}"#
            ),
            (.string("a\"\\\n\u{01}é"), #""a\"\\\n\u0001é""#),
        ])
    func compactText(_ value: JSONValue, _ text: String) {
        #expect(value.compactJSONText == text)
    }
}
