import AWSCore
import Foundation
import Testing

@testable import AWSServices

/// Crawler operations against the emulator (signature checking on). moto stores crawlers but runs nothing;
/// the emulator's gap layer (scripts/emulator/gaps/glue_runs.py) makes a crawl walk its S3 target and
/// write tables into moto's own catalog, one step per poll.
@Suite struct GlueCrawlerEmulatorTests {
    struct Fixture {
        let glue: GlueClient
        let s3: S3Client
        let bucket: String
        let database: String
        let crawler: String

        static func make() async throws -> Fixture {
            let client = try EmulatorClient.make()
            let s3 = S3Client(client: client)
            let glue = GlueClient(client: client)
            let bucket = EmulatorClient.uniqueName("crawl")
            try await s3.createBucket(bucket)
            let database = EmulatorClient.uniqueName("crawled").replacingOccurrences(of: "-", with: "_")
            try await glue.createDatabase(GlueDatabaseInput(name: database))
            return Fixture(
                glue: glue, s3: s3, bucket: bucket, database: database, crawler: EmulatorClient.uniqueName("crawler"))
        }

        func input(path: String, prefix: String? = "raw_") -> GlueCrawlerInput {
            GlueCrawlerInput(
                name: crawler, role: "arn:aws:iam::123456789012:role/crawler", databaseName: database,
                targets: GlueCrawlerTargets(s3Targets: [GlueS3Target(path: "s3://\(bucket)/\(path)")]),
                tablePrefix: prefix, tags: ["managed-by": "lakectl"])
        }

        /// Polls GetCrawler until the crawler is READY again (a bounded number of polls, no sleeping: the
        /// layer advances one step per poll).
        func finished() async throws -> GlueCrawler {
            for _ in 0..<10 {
                let crawler = try await glue.getCrawler(crawler)
                if !crawler.isBusy { return crawler }
            }
            Issue.record("crawler \(crawler) still busy after 10 polls")
            return try await glue.getCrawler(crawler)
        }
    }

    @Test func crawlCreatesPartitionedTablesAndASecondCrawlChangesNothing() async throws {
        let f = try await Fixture.make()
        let csv = Array("id,name,amount\n1,a,2.5\n2,b,3.5\n".utf8)
        for day in ["2024-01-01", "2024-01-02"] {
            _ = try await f.s3.putObject(bucket: f.bucket, key: "raw/orders/day=\(day)/part-0.csv", bytes: csv)
        }
        _ = try await f.s3.putObject(bucket: f.bucket, key: "raw/users/users.csv", bytes: csv)
        try await f.glue.createCrawler(f.input(path: "raw/"))
        let again = await #expect(throws: AWSError.self) { try await f.glue.createCrawler(f.input(path: "raw/")) }
        #expect(again?.hasCode(GlueClient.ErrorCode.alreadyExists) == true)

        try await f.glue.startCrawler(f.crawler)
        let running = await #expect(throws: AWSError.self) { try await f.glue.startCrawler(f.crawler) }
        #expect(running?.hasCode(GlueClient.ErrorCode.crawlerRunning) == true)
        let done = try await f.finished()
        #expect(done.state == "READY")
        #expect(done.lastCrawl?.status == "SUCCEEDED")
        #expect(done.targets?.s3Targets?.first?.path == "s3://\(f.bucket)/raw/")
        let metrics = try await f.glue.getCrawlerMetrics([f.crawler])
        #expect(metrics.first?.tablesCreated == 2)
        #expect(metrics.first?.tablesUpdated == 0)

        let tables = try await f.glue.allTables(database: f.database).sorted { $0.name < $1.name }
        #expect(tables.map(\.name) == ["raw_orders", "raw_users"])
        #expect(tables.first?.partitionKeys?.map(\.name) == ["day"])
        #expect(tables.first?.storageDescriptor?.columns?.map(\.type) == ["bigint", "string", "double"])
        let partitions = try await f.glue.allPartitions(database: f.database, table: "raw_orders")
        #expect(partitions.map(\.values).sorted { $0[0] < $1[0] } == [["2024-01-01"], ["2024-01-02"]])

        try await f.glue.startCrawler(f.crawler)
        _ = try await f.finished()
        let second = try await f.glue.getCrawlerMetrics([f.crawler])
        #expect(second.first?.tablesCreated == 0)
        #expect(second.first?.tablesUpdated == 0)
        let crawls = try await f.glue.listCrawls(f.crawler)
        #expect(crawls.map(\.state) == ["COMPLETED", "COMPLETED"])
    }

    @Test func crawlOverAnEmptyPrefixFailsWithAMessage() async throws {
        let f = try await Fixture.make()
        try await f.glue.createCrawler(f.input(path: "nothing/here/"))
        try await f.glue.startCrawler(f.crawler)
        let done = try await f.finished()
        #expect(done.lastCrawl?.status == "FAILED")
        #expect(done.lastCrawl?.errorMessage?.contains("s3://\(f.bucket)/nothing/here/") == true)
        #expect(try await f.glue.allTables(database: f.database).isEmpty)
    }

    @Test func updateStopAndDelete() async throws {
        let f = try await Fixture.make()
        try await f.glue.createCrawler(f.input(path: "a/"))
        try await f.glue.updateCrawler(f.input(path: "b/", prefix: "b_"))
        let updated = try await f.glue.getCrawler(f.crawler)
        #expect(updated.tablePrefix == "b_")
        #expect(updated.targets?.s3Targets?.map(\.path) == ["s3://\(f.bucket)/b/"])
        let idle = await #expect(throws: AWSError.self) { try await f.glue.stopCrawler(f.crawler) }
        #expect(idle?.hasCode(GlueClient.ErrorCode.crawlerNotRunning) == true)
        try await f.glue.startCrawler(f.crawler)
        do {
            try await f.glue.stopCrawler(f.crawler)
        } catch let error as AWSError where error.hasCode(GlueClient.ErrorCode.crawlerNotRunning) {
            // StopCrawler is not idempotent: on a loaded emulator an attempt can stop the crawl and lose its
            // reply, and the client's retry is told the crawler no longer runs (the likely cause of one
            // fresh-clone CI failure). Nothing polls in between, so the crawl cannot have ended on its own:
            // it must still end CANCELLED, checked next.
        }
        let stopped = try await f.finished()
        #expect(stopped.lastCrawl?.status == "CANCELLED")
        #expect(try await f.glue.allCrawlers().contains { $0.name == f.crawler })
        try await f.glue.deleteCrawler(f.crawler)
        let gone = await #expect(throws: AWSError.self) { try await f.glue.getCrawler(f.crawler) }
        #expect(gone?.hasCode(GlueClient.ErrorCode.entityNotFound) == true)
    }
}
