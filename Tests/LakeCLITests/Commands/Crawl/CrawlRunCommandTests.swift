import AWSCore
import AWSServices
import Foundation
import LakeTestSupport
import Testing

/// `lakectl crawl run|status` as an operator runs them: the binary against the emulator (signature
/// checking on), the gap layer crawling the objects in moto's S3.
@Suite struct CrawlRunCommandTests {
    @Test func createRunPrintsTheChangesAReRunNoneAndStatusShowsTheCrawler() async throws {
        let emulator = try Emulator.current()
        let client = emulator.client()
        let bucket = Emulator.uniqueName("clicrawl")
        try await S3Client(client: client).createBucket(bucket, region: emulator.region)
        let csv = Array("id,name,amount\n1,a,2.5\n2,b,3.5\n".utf8)
        for year in ["2024", "2025"] {
            _ = try await S3Client(client: client).putObject(
                bucket: bucket, key: "raw/orders/year=\(year)/part-0.csv", bytes: csv)
        }
        let database = Emulator.uniqueName("clilake").replacingOccurrences(of: "-", with: "_")
        try await GlueClient(client: client).createDatabase(GlueDatabaseInput(name: database))
        let name = Emulator.uniqueName("crawler")
        let run = [
            "crawl", "run", name, "--create", "--database", database, "--path", "s3://\(bucket)/raw/",
            "--poll-interval", "0.01",
        ]
        let first = try await CLIRunner.run(run, environment: emulator.environment())
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("crawler \(name) SUCCEEDED in database \(database)"), "\(first.stdout)")
        #expect(first.stdout.contains("tables created:   raw"), "\(first.stdout)")
        #expect(first.stdout.contains("partitions added: 2"), "\(first.stdout)")
        #expect(first.stderr.contains("crawler role: arn:aws:iam::"), "\(first.stderr)")

        let second = try await CLIRunner.run(run + ["--output", "json"], environment: emulator.environment())
        #expect(second.status == 0, "\(second.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(second.stdout.utf8)) as? [String: Any] ?? [:]
        #expect(json["crawlerChange"] as? String == "unchanged", "\(second.stdout)")
        #expect(json["tablesCreated"] as? [String] == [])
        #expect(json["partitionsAdded"] as? Int == 0)

        let diff = try await CLIRunner.run(["crawl", "diff", name, "-v"], environment: emulator.environment())
        #expect(diff.status == 0, "\(diff.stderr)")
        #expect(diff.stdout.contains("crawler \(name) would change nothing in database \(database)"), "\(diff.stdout)")
        // The two 30-byte CSV objects are sampled with one ranged GET each.
        #expect(
            diff.stderr.contains(
                "fetched \(2 * csv.count) bytes in 2 ranged GETs for 2 objects of \(2 * csv.count) bytes"),
            "\(diff.stderr)")

        let status = try await CLIRunner.run(
            ["crawl", "status", name, "--output", "json"], environment: emulator.environment())
        #expect(status.status == 0, "\(status.stderr)")
        #expect(status.stdout.contains("\"lastCrawl\": \"SUCCEEDED\""), "\(status.stdout)")
    }

    @Test func aCrawlOverAnEmptyPrefixExitsOneWithGluesMessage() async throws {
        let emulator = try Emulator.current()
        let bucket = Emulator.uniqueName("cliempty")
        try await S3Client(client: emulator.client()).createBucket(bucket, region: emulator.region)
        let database = Emulator.uniqueName("cliempty").replacingOccurrences(of: "-", with: "_")
        try await GlueClient(client: emulator.client()).createDatabase(GlueDatabaseInput(name: database))
        let name = Emulator.uniqueName("crawler")
        let result = try await CLIRunner.run(
            [
                "crawl", "run", name, "--create", "--database", database, "--path", "s3://\(bucket)/nothing/",
                "--role", "arn:aws:iam::123456789012:role/given", "--poll-interval", "0.01",
            ], environment: emulator.environment())
        #expect(result.status == 1)
        #expect(result.stderr.contains("crawler \(name) finished FAILED: "), "\(result.stderr)")
        #expect(result.stderr.contains("s3://\(bucket)/nothing/"), "\(result.stderr)")
    }

    @Test func createOptionsWithoutCreateAreRefused() async throws {
        let result = try await CLIRunner.run(
            ["crawl", "run", "c", "--database", "d"], environment: try Emulator.current().environment())
        #expect(result.status == 64)
        #expect(result.stderr.contains("need --create"), "\(result.stderr)")
    }
}
