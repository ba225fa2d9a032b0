import Foundation
import LakeTestSupport
import Testing

/// `lakectl query --local` and `preview` on CSV / JSON lines, as a user runs them: a Hive-partitioned
/// Parquet folder written by pyarrow, a CSV file and a JSON lines file written here; no AWS.
@Suite struct LocalQueryCommandTests {
    /// `orders/country=KR|US/part.parquet` (pyarrow), `customers.csv`, `events.jsonl` under a fresh folder.
    static func files() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "lakectl-cli-local-sql-\(UUID().uuidString)"
        ).path
        let script = """
            import os, sys, decimal, pyarrow as pa, pyarrow.parquet as pq
            root = sys.argv[1]
            D = decimal.Decimal
            parts = {'KR': ([1, 2, 3], [10, 11, None], [D('10.50'), D('2.25'), None]),
                     'US': ([4, 5], [10, 12], [D('-1.00'), D('7.10')])}
            for country, (ids, customers, amounts) in parts.items():
                os.makedirs(f'{root}/orders/country={country}')
                t = pa.table({'id': pa.array(ids, pa.int64()), 'customer': pa.array(customers, pa.int64()),
                              'amount': pa.array(amounts, pa.decimal128(10, 2))})
                pq.write_table(t, f'{root}/orders/country={country}/part.parquet')
            """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script, root]
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        try "customer,name\n10,Kim\n11,\"O'Neil, Jr\"\n13,Ng\n".write(
            toFile: root + "/customers.csv", atomically: true, encoding: .utf8)
        try """
        {"id": 1, "kind": "click", "score": 3}
        {"id": 2, "kind": "view", "score": null}
        {"id": 3, "kind": "click", "score": 9}

        """.write(toFile: root + "/events.jsonl", atomically: true, encoding: .utf8)
        return root
    }

    static func run(_ args: [String]) async throws -> CLIRunner.Result {
        try await CLIRunner.run(args, environment: ProcessInfo.processInfo.environment)
    }

    @Test func groupByOverHivePartitionsJoinedWithCSV() async throws {
        let root = try Self.files()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let r = try await Self.run([
            "query", "--local",
            """
            SELECT o.country, coalesce(c.name, '?') AS name, count(*) AS n, sum(o.amount) AS total
            FROM orders o LEFT JOIN customers c ON o.customer = c.customer
            GROUP BY o.country, coalesce(c.name, '?') ORDER BY total DESC
            """,
            "--data", "orders=\(root)/orders/", "--data", "\(root)/customers.csv", "--output", "jsonl",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(
            r.stdout.split(separator: "\n") == [
                #"{"country":"KR","name":"Kim","n":1,"total":"10.50"}"#,
                #"{"country":"US","name":"?","n":1,"total":"7.10"}"#,
                #"{"country":"KR","name":"O'Neil, Jr","n":1,"total":"2.25"}"#,
                #"{"country":"US","name":"Kim","n":1,"total":"-1.00"}"#,
                #"{"country":"KR","name":"?","n":1,"total":null}"#,
            ])
    }

    @Test func folderOfCSVFilesWithHivePartitions() async throws {
        let root = try Self.files()
        defer { try? FileManager.default.removeItem(atPath: root) }
        for (day, body) in [("2024-01-01", "id,qty\n1,5\n2,7\n"), ("2024-01-02", "id,qty\n3,11\n")] {
            try FileManager.default.createDirectory(
                atPath: "\(root)/sales/day=\(day)", withIntermediateDirectories: true)
            try body.write(toFile: "\(root)/sales/day=\(day)/part.csv", atomically: true, encoding: .utf8)
        }
        let r = try await Self.run([
            "query", "--local", "SELECT day, sum(qty) AS qty FROM sales GROUP BY day ORDER BY day", "--data",
            "\(root)/sales", "--output", "csv",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "day,qty\n2024-01-01,12\n2024-01-02,11\n")
    }

    @Test func outsideTheDialectIsAnErrorWithACaret() async throws {
        let root = try Self.files()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let r = try await Self.run([
            "query", "--local", "SELECT * FROM events e FULL JOIN events f ON e.id = f.id",
            "--data", "\(root)/events.jsonl",
        ])
        #expect(r.status == 64)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("SQL error at position 24: FULL JOIN is not part of the local SQL dialect"))
        #expect(r.stderr.contains("\n  " + String(repeating: " ", count: 23) + "^"))
        let overflow = try await Self.run([
            "query", "--local", "SELECT id * 9223372036854775807 FROM events", "--data", "\(root)/events.jsonl",
        ])
        #expect(overflow.status == 1)
        #expect(overflow.stderr.contains("SQL error: bigint overflow: 2 * 9223372036854775807"))
    }

    @Test func previewReadsCSVAndJSONLines() async throws {
        let root = try Self.files()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let csv = try await Self.run([
            "preview", "\(root)/customers.csv", "--row-filter", "name LIKE '%, %' OR customer = 13", "--output", "csv",
        ])
        #expect(csv.status == 0, "\(csv.stderr)")
        #expect(csv.stdout == "customer,name\n11,\"O'Neil, Jr\"\n13,Ng\n")
        let jsonl = try await Self.run([
            "preview", "\(root)/events.jsonl", "--row-filter", "kind = 'click' AND score > 5", "--columns", "id",
            "--output", "table",
        ])
        #expect(jsonl.status == 0, "\(jsonl.stderr)")
        #expect(jsonl.stderr.contains("kept 1 of 3 rows"))
        #expect(jsonl.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.last == "3")
    }
}
