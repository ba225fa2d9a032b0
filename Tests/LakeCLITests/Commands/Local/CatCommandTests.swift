import Foundation
import LakeTestSupport
import Testing

/// `lakectl cat` as a user runs it, on a Parquet file made from CSV by `convert`.
@Suite struct CatCommandTests {
    static let env = [
        "PATH": "/usr/bin:/bin", "AWS_CONFIG_FILE": "/dev/null", "AWS_SHARED_CREDENTIALS_FILE": "/dev/null",
    ]

    /// id bigint, name string, active boolean, qty bigint, ts timestamp; one row has a null `active`.
    static func people(_ tree: CLITempTree) async throws -> String {
        let csv = try tree.write(
            "people.csv",
            """
            id,name,active,qty,ts
            1,ann,true,5,2021-06-01 10:00:00
            2,O'Brien,false,7,2022-03-04 00:00:00
            3,bob,,5,2023-01-01 12:30:00
            4,cy,true,9,2024-02-29 23:59:59

            """)
        let pq = tree.path("people.parquet")
        let r = try await CLIRunner.run(["convert", csv, pq], environment: env)
        #expect(r.status == 0, "\(r.stderr)")
        return pq
    }

    static func ids(_ jsonl: String) -> [String] {
        jsonl.split(separator: "\n").map { line in
            String(line.filter(\.isNumber))
        }
    }

    @Test("--where takes the row-filter grammar: booleans, quoted strings, timestamps as typed values, OR, IN, LIKE")
    func whereUnderstoodExactly() async throws {
        let tree = try CLITempTree()
        defer { tree.remove() }
        let pq = try await Self.people(tree)
        let cases: [(String, [String])] = [
            ("active = TRUE", ["1", "4"]), ("active = false", ["2"]), ("name = 'O''Brien'", ["2"]),
            ("ts >= '2023-01-01'", ["3", "4"]), ("ts < '2022-03-04T00:00:01'", ["1", "2"]), ("qty <> 5", ["2", "4"]),
            ("id = 1 OR id = 4", ["1", "4"]), ("name LIKE '%''%'", ["2"]),
            ("qty IN (7, 9) AND NOT active = TRUE", ["2"]),
            ("active IS NULL OR ts BETWEEN '2021-06-01 10:00:00' AND '2021-06-01 10:00:00'", ["1", "3"]),
        ]
        for (filter, expected) in cases {
            let r = try await CLIRunner.run(["cat", pq, "--columns", "id", "--where", filter], environment: Self.env)
            #expect(r.status == 0, "\(filter): \(r.stderr)")
            #expect(Self.ids(r.stdout) == expected, "\(filter): \(r.stdout)")
        }
    }

    @Test("--where that cannot be understood is an error naming the position, the literal, the column and its type")
    func whereMisunderstoodIsAnError() async throws {
        let tree = try CLITempTree()
        defer { tree.remove() }
        let pq = try await Self.people(tree)
        let cases: [(String, [String])] = [
            ("qty == 5", ["position 6", "expected a constant after =, found '='", "     ^"]),
            ("ts > 2022", ["position 6", "2022", "'ts'", "timestamp"]),
            ("ts > '2022'", ["position 6", "'2022' is not a timestamp"]),
            ("active = yes", ["position 10", "'yes'", "compare with a constant"]),
            ("qty = 'five'", ["position 7", "'five'", "'qty'", "bigint"]),
            ("nope = 1", ["position 1", "no column 'nope'"]),
            ("name = 'unterminated", ["position 8", "unterminated string"]),
        ]
        for (filter, fragments) in cases {
            let r = try await CLIRunner.run(["cat", pq, "--where", filter], environment: Self.env)
            #expect(r.status == 64, "\(filter) exited \(r.status): \(r.stdout)")
            #expect(r.stdout.isEmpty, "\(filter): \(r.stdout)")
            for fragment in fragments { #expect(r.stderr.contains(fragment), "\(filter): \(r.stderr)") }
        }
    }
}

extension CatCommandTests {
    /// Issue 8 item 3 / issue 9 item 12: `cat --output csv` and `convert x.csv` use the one CSV writer, so
    /// NULL is an empty field, an empty string is `""`, and both print the same bytes.
    @Test("cat --output csv writes NULL empty and an empty string quoted, as convert does")
    func csvOutputMatchesConvert() async throws {
        let tree = try CLITempTree()
        defer { tree.remove() }
        // JSON lines, since a CSV reader takes `""` as NULL (DuckDB's allow_quoted_nulls).
        let csv = try tree.write(
            "in.jsonl",
            "{\"id\": 1, \"name\": null, \"note\": \"\"}\n{\"id\": 2, \"name\": \"a,b\", \"note\": \"say \\\"hi\\\"\"}\n"
        )
        let pq = tree.path("in.parquet"), back = tree.path("back.csv")
        var r = try await CLIRunner.run(["convert", csv, pq], environment: Self.env)
        #expect(r.status == 0, "\(r.stderr)")
        r = try await CLIRunner.run(["convert", pq, back], environment: Self.env)
        #expect(r.status == 0, "\(r.stderr)")
        let converted = try String(contentsOfFile: back, encoding: .utf8)
        #expect(converted == "id,name,note\n1,,\"\"\n2,\"a,b\",\"say \"\"hi\"\"\"\n")
        r = try await CLIRunner.run(["cat", pq, "--output", "csv"], environment: Self.env)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == converted)
    }
}

extension CatCommandTests {
    @Test("cat --output table shows NULL apart from an empty string; inspect --output json keys are camelCase")
    func tableNullAndInspectKeys() async throws {
        let tree = try CLITempTree()
        defer { tree.remove() }
        let jsonl = try tree.write("n.jsonl", "{\"id\": 1, \"s\": null}\n{\"id\": 2, \"s\": \"\"}\n")
        let pq = tree.path("n.parquet")
        var r = try await CLIRunner.run(["convert", jsonl, pq], environment: Self.env)
        #expect(r.status == 0, "\(r.stderr)")
        r = try await CLIRunner.run(["cat", pq, "--output", "table"], environment: Self.env)
        #expect(r.status == 0, "\(r.stderr)")
        let rows = r.stdout.split(separator: "\n").dropFirst(2).map { $0.split(separator: " ").map(String.init) }
        #expect(rows == [["1", "NULL"], ["2"]], "\(r.stdout)")
        r = try await CLIRunner.run(["inspect", pq, "--output", "json"], environment: Self.env)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\"numRows\""))
        #expect(r.stdout.range(of: #""[a-z]+_[a-z_]+":"#, options: .regularExpression) == nil, "\(r.stdout)")
    }
}

extension CatCommandTests {
    /// Issue 9 item 13: help lists only the formats a command writes; others are refused naming the valid
    /// ones; cat and profile read CSV and JSON lines; convert reads stdin with `-`.
    @Test("--output lists and accepts only the command's formats")
    func outputFormatsPerCommand() async throws {
        for (command, listed, refused) in [
            ("cat", "jsonl, csv, table", "json"), ("inspect", "table, json", "csv"),
            ("profile", "table, json", "jsonl"),
        ] {
            var r = try await CLIRunner.run([command, "--help"], environment: Self.env)
            #expect(r.stdout.contains("values: \(listed)"), "\(command): \(r.stdout)")
            #expect(r.stdout.contains("Examples:"), "\(command)")
            r = try await CLIRunner.run([command, "x.parquet", "--output", refused], environment: Self.env)
            #expect(r.status == 64, "\(command) --output \(refused)")
            #expect(r.stderr.contains("'\(refused)'"), "\(r.stderr)")
        }
    }

    @Test("cat and profile read CSV and JSON lines; convert reads stdin with -")
    func readsEveryInputFormat() async throws {
        let tree = try CLITempTree()
        defer { tree.remove() }
        let csv = try tree.write("p.csv", "id,qty\n1,5\n2,7\n3,\n")
        let jsonl = try tree.write("p.jsonl", "{\"id\": 1, \"qty\": 5}\n{\"id\": 2, \"qty\": 7}\n{\"id\": 3}\n")
        for file in [csv, jsonl] {
            var r = try await CLIRunner.run(["cat", file, "--where", "qty >= 6"], environment: Self.env)
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout == "{\"id\":2,\"qty\":7}\n", "\(file)")
            r = try await CLIRunner.run(["profile", file, "--output", "json"], environment: Self.env)
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout.contains("\"nulls\": 1"), "\(r.stdout)")
        }
        let pq = tree.path("stdin.parquet")
        var r = try await CLIRunner.run(
            ["convert", "-", pq], environment: Self.env, stdin: "{\"a\": 1}\n{\"a\": 2}\n")
        #expect(r.status == 0, "\(r.stderr)")
        r = try await CLIRunner.run(["cat", pq, "--output", "csv"], environment: Self.env)
        #expect(r.stdout == "a\n1\n2\n")
        r = try await CLIRunner.run(["cat", "-", "--output", "csv"], environment: Self.env, stdin: "x;y\n1;2\n")
        #expect(r.stdout == "x,y\n1,2\n", "\(r.stderr)")
    }
}
