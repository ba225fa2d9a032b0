import Foundation
import LakeTestSupport
import Testing

/// `lakectl crawl --dry-run` on a folder with Hive partitions, run as a user would.
@Suite struct CrawlCommandTests {
    static let env = SchemaInferCommandTests.env

    func lake() throws -> CLITempTree {
        let tree = try CLITempTree()
        let csv = SchemaInferCommandTests.csv
        try tree.copy(csv.appendingPathComponent("titanic.csv"), to: "lake/passengers/year=2024/month=01/a.csv")
        try tree.copy(csv.appendingPathComponent("titanic.csv"), to: "lake/passengers/year=2024/month=02/a.csv")
        try tree.copy(csv.appendingPathComponent("venue_pipe.csv"), to: "lake/venues/a.csv")
        try tree.write("lake/events/part-0.json", "{\"id\":1,\"tags\":[\"a\"],\"at\":{\"h\":1}}\n{\"id\":2}\n")
        return tree
    }

    @Test("table output names tables, columns, partition keys and partitions")
    func tableOutput() async throws {
        let tree = try lake()
        defer { tree.remove() }
        let r = try await CLIRunner.run(["crawl", "--dry-run", tree.path("lake")], environment: Self.env)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("passengers"))
        #expect(r.stdout.contains("events"))
        let rows = r.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true) }
        #expect(rows.contains(["passengers", "year", "string", "partition", "key"]))
        #expect(
            rows.contains(
                ["passengers", "2024/02"] + [
                    Substring("file://" + tree.path("lake/passengers/year=2024/month=02") + "/")
                ]))
        #expect(rows.contains(["events", "tags", "array<string>", "column"]))
    }

    @Test("--output json holds TableInput and PartitionInput objects")
    func json() async throws {
        let tree = try lake()
        defer { tree.remove() }
        let r = try await CLIRunner.run(
            ["crawl", "--dry-run", tree.path("lake"), "--output", "json"], environment: Self.env)
        #expect(r.status == 0, "\(r.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let tables = try #require(root["Tables"] as? [[String: Any]])
        #expect(tables.count == 3)
        for t in tables { try TableInputShape.check(try #require(t["TableInput"] as? [String: Any])) }
        let passengers = try #require(
            tables.first { ($0["TableInput"] as? [String: Any])?["Name"] as? String == "passengers" })
        let partitions = try #require(passengers["Partitions"] as? [[String: Any]])
        #expect(partitions.map { $0["Values"] as? [String] } == [["2024", "01"], ["2024", "02"]])
    }

    @Test("crawl WORD without --dry-run names the crawl subcommands")
    func notDryRun() async throws {
        let r = try await CLIRunner.run(["crawl", "somewhere"], environment: Self.env)
        #expect(r.status == 64)
        #expect(r.stderr.contains("'somewhere' is not a lakectl crawl command (commands: run, status"), "\(r.stderr)")
    }
}
