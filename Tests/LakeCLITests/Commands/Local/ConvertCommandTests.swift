import Foundation
import LakeTestSupport
import Testing

/// `lakectl convert` as a user runs it (the real binary): CSV → Parquet → CSV keeps the rows,
/// Parquet → Parquet recompresses, and failures exit 1 with the place and leave no OUT.
@Suite struct ConvertCommandTests {
    static func temp(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("lakectl-cli-convert-\(getpid())-\(name)").path
    }

    @Test func csvToParquetToCSVKeepsRows() async throws {
        let csv = Self.temp("in.csv"), pq = Self.temp("out.parquet"), pq2 = Self.temp("out2.parquet"),
            back = Self.temp("back.csv")
        defer { for p in [csv, pq, pq2, back] { unlink(p) } }
        try "id,name,score,day\n1,ann,1.5,2024-01-02\n2,\"b, c\",,2024-02-29\n3,,-2,2023-12-31\n".write(
            toFile: csv, atomically: true, encoding: .utf8)
        var r = try await CLIRunner.run(
            ["convert", csv, pq, "--compression", "zstd", "--row-group-rows", "2"],
            environment: ProcessInfo.processInfo.environment)
        #expect(r.status == 0, "\(r.stderr)")
        r = try await CLIRunner.run(
            ["convert", pq, pq2, "--compression", "gzip"], environment: ProcessInfo.processInfo.environment)
        #expect(r.status == 0, "\(r.stderr)")
        r = try await CLIRunner.run(["convert", pq2, back], environment: ProcessInfo.processInfo.environment)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(
            try String(contentsOfFile: back, encoding: .utf8)
                == "id,name,score,day\n1,ann,1.5,2024-01-02\n2,\"b, c\",,2024-02-29\n3,,-2,2023-12-31\n")
        r = try await CLIRunner.run(["inspect", pq], environment: ProcessInfo.processInfo.environment)
        #expect(r.status == 0)
        #expect(r.stdout.contains("ZSTD"))
    }

    @Test func badValueExitsOneNamingLineAndColumnAndLeavesNoOutput() async throws {
        let csv = Self.temp("bad.csv"), pq = Self.temp("bad.parquet")
        defer { unlink(csv) }
        var text = "n\n"
        for k in 0..<25000 { text += "\(k)\n" }
        text += "x7\n"
        try text.write(toFile: csv, atomically: true, encoding: .utf8)
        let r = try await CLIRunner.run(["convert", csv, pq], environment: ProcessInfo.processInfo.environment)
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(csv):25002"), "\(r.stderr)")
        #expect(r.stderr.contains("expected bigint"))
        #expect(!FileManager.default.fileExists(atPath: pq))
        #expect(!FileManager.default.fileExists(atPath: pq + ".tmp"))
    }

    @Test func jsonLinesToParquetToCSVKeepsRows() async throws {
        let jsonl = Self.temp("in.jsonl"), pq = Self.temp("jsonl.parquet"), back = Self.temp("jsonl-back.csv")
        defer { for p in [jsonl, pq, back] { unlink(p) } }
        try """
        {"id": 1, "name": "ann", "score": 1.5, "meta": {"k": [1, 2]}}
        {"id": 2, "score": null}
        {"id": 3, "name": "b, c", "score": -2, "ok": true}

        """.write(toFile: jsonl, atomically: true, encoding: .utf8)
        var r = try await CLIRunner.run(
            ["convert", jsonl, pq, "--row-group-rows", "2"], environment: ProcessInfo.processInfo.environment)
        #expect(r.status == 0, "\(r.stderr)")
        r = try await CLIRunner.run(["convert", pq, back], environment: ProcessInfo.processInfo.environment)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(
            try String(contentsOfFile: back, encoding: .utf8)
                == "id,name,score,meta,ok\n1,ann,1.5,\"{\"\"k\"\":[1,2]}\",\n2,,,,\n3,\"b, c\",-2,,true\n")
    }

    @Test func malformedJSONLineExitsOneNamingTheLineAndLeavesNoOutput() async throws {
        let jsonl = Self.temp("bad.ndjson"), pq = Self.temp("bad-json.parquet")
        defer { unlink(jsonl) }
        try "{\"a\": 1}\n{\"a\": tru}\n".write(toFile: jsonl, atomically: true, encoding: .utf8)
        let r = try await CLIRunner.run(["convert", jsonl, pq], environment: ProcessInfo.processInfo.environment)
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(jsonl):2:"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: pq))
        #expect(!FileManager.default.fileExists(atPath: pq + ".tmp"))
    }

    /// Issue 9 item 2 and issue 8 item 3: a ragged CSV stops with its line and the real flag to pass; the
    /// shared CSV options (--ragged, --delimiter, --quote, --no-header) reach the reader.
    @Test func raggedCSVNeedsRaggedAndCSVOptionsReachTheReader() async throws {
        let env = ProcessInfo.processInfo.environment
        let csv = Self.temp("ragged.csv"), pq = Self.temp("ragged.parquet"), back = Self.temp("ragged-back.csv")
        defer { for p in [csv, pq, back] { unlink(p) } }
        try "a,b,c\n1,2,3\n4,5,6\n7,8\n9,10,11\n".write(toFile: csv, atomically: true, encoding: .utf8)
        var r = try await CLIRunner.run(["convert", csv, pq], environment: env)
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(csv):4:"), "\(r.stderr)")
        #expect(r.stderr.contains("--ragged pad") && !r.stderr.contains("ragged=pad"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: pq))

        for (mode, expected) in [
            ("pad", "a,b,c\n1,2,3\n4,5,6\n7,8,\n9,10,11\n"), ("skip", "a,b,c\n1,2,3\n4,5,6\n9,10,11\n"),
        ] {
            r = try await CLIRunner.run(["convert", csv, pq, "--ragged", mode], environment: env)
            #expect(r.status == 0, "\(mode): \(r.stderr)")
            r = try await CLIRunner.run(["convert", pq, back], environment: env)
            #expect(try String(contentsOfFile: back, encoding: .utf8) == expected, "\(mode)")
        }

        try "x;'p;q'\n1;'2'\n".write(toFile: csv, atomically: true, encoding: .utf8)
        r = try await CLIRunner.run(
            ["convert", csv, pq, "--delimiter", ";", "--quote", "'", "--no-header"], environment: env)
        #expect(r.status == 0, "\(r.stderr)")
        r = try await CLIRunner.run(["convert", pq, back], environment: env)
        #expect(try String(contentsOfFile: back, encoding: .utf8) == "column0,column1\nx,p;q\n1,2\n")
        r = try await CLIRunner.run(["convert", csv, pq, "--delimiter", "ab"], environment: env)
        #expect(r.status != 0 && r.stderr.contains("--delimiter"), "\(r.stderr)")
    }
}
