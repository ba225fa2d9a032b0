import Foundation
import LakeTestSupport
import Testing

/// `lakectl preview` as a user runs it, on a Hive-partitioned folder written by pyarrow (not by lakectl).
@Suite struct PreviewCommandTests {
    /// Writes `country=KR/a.parquet` and `country=US/b.parquet`, three rows each, under a fresh folder.
    static func dataset() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "lakectl-cli-preview-\(UUID().uuidString)"
        )
        .path
        let script = """
            import os, sys, pyarrow as pa, pyarrow.parquet as pq
            root = sys.argv[1]
            t = pa.table({
                'id': pa.array([1, 2, 3], pa.int32()),
                'name': ['a', None, "O'B"],
                'address': [{'city': 'Seoul', 'zip': 1}, {'city': 'Busan', 'zip': 2}, None],
            })
            for country, name in [('KR', 'a'), ('US', 'b')]:
                os.makedirs(f'{root}/country={country}')
                pq.write_table(t, f'{root}/country={country}/{name}.parquet')
            """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script, root]
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        return root
    }

    static func run(_ args: [String]) async throws -> CLIRunner.Result {
        try await CLIRunner.run(["preview"] + args, environment: ProcessInfo.processInfo.environment)
    }

    @Test func rowFilterOnPartitionAndColumnExcludeInTable() async throws {
        let root = try Self.dataset()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let r = try await Self.run([
            root, "--row-filter", "country = 'KR' AND id >= 2", "--exclude-columns", "address.zip", "--output", "table",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(
            lines.first?.split(separator: " ", omittingEmptySubsequences: true) == ["id", "name", "address", "country"])
        #expect(lines.count == 4)
        #expect(lines[2].hasPrefix("2") && lines[2].contains("{\"city\":\"Busan\"}") && lines[2].hasSuffix("KR"))
        #expect(lines[3].hasPrefix("3") && lines[3].contains("O'B"))
        #expect(r.stderr.contains("kept 2 of 6 rows"))
    }

    @Test func includeListWithNestedFieldInJSONLines() async throws {
        let root = try Self.dataset()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let r = try await Self.run([
            root, "--row-filter", "address.city LIKE 'S%' OR name IS NULL", "--columns", "id,address.city,country",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(
            r.stdout.split(separator: "\n") == [
                "{\"id\":1,\"address.city\":\"Seoul\",\"country\":\"KR\"}",
                "{\"id\":2,\"address.city\":\"Busan\",\"country\":\"KR\"}",
                "{\"id\":1,\"address.city\":\"Seoul\",\"country\":\"US\"}",
                "{\"id\":2,\"address.city\":\"Busan\",\"country\":\"US\"}",
            ])
        #expect(!r.stderr.contains("kept"))
    }

    @Test func limitStopsPrintingInCSV() async throws {
        let root = try Self.dataset()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let r = try await Self.run([
            root + "/country=US/b.parquet", "--row-filter", "id <> 1", "--limit", "1", "--output", "csv",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "id,name,address\n2,,\"{\"\"city\"\":\"\"Busan\"\",\"\"zip\"\":2}\"\n")
    }

    @Test func invalidFiltersExit64WithPositionAndReason() async throws {
        let root = try Self.dataset()
        defer { try? FileManager.default.removeItem(atPath: root) }
        var r = try await Self.run([root, "--row-filter", "id = 'x'"])
        #expect(r.status == 64)
        #expect(
            r.stderr.contains("position 6: 'x' is not a constant of type int, the type of column 'id'"), "\(r.stderr)")
        #expect(r.stderr.contains("  id = 'x'\n       ^"))
        r = try await Self.run([root, "--row-filter", "country IS NULL"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("partition column 'country'"))
        r = try await Self.run([root, "--row-filter", "lower(name) = 'a'"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("functions are not allowed"))
        r = try await Self.run([root, "--columns", "id", "--exclude-columns", "name"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("cannot be combined"))
        r = try await Self.run([root, "--columns", "nope"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("no column 'nope'"))
    }
}
