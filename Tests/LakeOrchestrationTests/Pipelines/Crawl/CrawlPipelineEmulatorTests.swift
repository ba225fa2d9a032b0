import AWSCore
import AWSServices
import Foundation
import LakeTestSupport
import Testing

@testable import LakeOrchestration

/// `crawl run|status` against the emulator (signature checking on); the gap layer runs the crawl over
/// the objects in moto's S3 and writes the tables into moto's Glue catalog.
@Suite struct CrawlPipelineEmulatorTests {
    struct Fixture {
        let client: AWSClient
        let bucket: String
        let database: String
        let crawler: String

        static func make(client: AWSClient? = nil) async throws -> Fixture {
            let client = try client ?? EmulatorClients.client()
            let direct = try EmulatorClients.client()
            let bucket = EmulatorClients.unique("crawlrun")
            try await S3Client(client: direct).createBucket(bucket)
            let database = EmulatorClients.unique("lake").replacingOccurrences(of: "-", with: "_")
            try await GlueClient(client: direct).createDatabase(GlueDatabaseInput(name: database))
            return Fixture(
                client: client, bucket: bucket, database: database, crawler: EmulatorClients.unique("crawler"))
        }

        /// Two CSV tables under raw/, orders partitioned by day.
        func putData(days: [String] = ["2024-01-01", "2024-01-02"]) async throws {
            let s3 = S3Client(client: try EmulatorClients.client())
            let csv = Array("order_id,customer,amount\n1,ann,2.5\n2,bob,3.5\n".utf8)
            for day in days {
                _ = try await s3.putObject(bucket: bucket, key: "raw/orders/day=\(day)/part-0.csv", bytes: csv)
            }
            _ = try await s3.putObject(bucket: bucket, key: "raw/customers/customers.csv", bytes: csv)
        }

        func spec(path: String = "raw") -> CrawlerSpec {
            CrawlerSpec(
                name: crawler, database: database, path: S3Location(bucket: bucket, prefix: path), tablePrefix: "raw_")
        }

        func pipeline(clock: any AWSClock = ManualClock()) -> CrawlPipeline {
            var pipeline = CrawlPipeline(client: client, clock: clock)
            pipeline.poll = (1, 20)
            return pipeline
        }
    }

    @Test func createRunReportsTablesAndPartitionsAndAReRunChangesNothing() async throws {
        let f = try await Fixture.make()
        try await f.putData()
        let first = try await f.pipeline().run(name: f.crawler, create: f.spec(), wait: true, events: { _ in })
        #expect(first.ensured == .created)
        #expect(first.started)
        #expect(first.crawlStatus == "SUCCEEDED")
        #expect(first.changes == CatalogChanges(created: ["raw_customers", "raw_orders"], partitionsAdded: 2))
        #expect(first.roleArn?.hasSuffix("role/\(CrawlPipeline.roleName(crawler: f.crawler))") == true)
        let attached = try await IAMClient(client: f.client).listAttachedRolePolicies(
            roleName: CrawlPipeline.roleName(crawler: f.crawler))
        #expect(attached.count == 1)

        let second = try await f.pipeline().run(name: f.crawler, create: f.spec(), wait: true, events: { _ in })
        #expect(second.ensured == .unchanged)
        #expect(second.changes == CatalogChanges())

        try await f.putData(days: ["2024-01-03"])
        let third = try await f.pipeline().run(name: f.crawler, create: nil, wait: true, events: { _ in })
        #expect(third.changes == CatalogChanges(partitionsAdded: 1))

        let status = try await f.pipeline().status(f.crawler)
        #expect(status.map(\.state) == ["READY"])
        #expect(status.first?.lastStatus == "SUCCEEDED")
        #expect(status.first?.paths == ["s3://\(f.bucket)/raw/"])
    }

    @Test func diffPredictsWhatTheCrawlThenDoes() async throws {
        let f = try await Fixture.make()
        try await f.putData()
        let role = "arn:aws:iam::123456789012:role/given"
        var spec = f.spec()
        spec.roleArn = role
        _ = try await f.pipeline().ensureCrawler(spec, roleArn: role, events: { _ in })
        let before = try await f.pipeline().diff(f.crawler)
        #expect(before.changes == CatalogChanges(created: ["raw_customers", "raw_orders"], partitionsAdded: 2))
        #expect(before.paths == ["s3://\(f.bucket)/raw/"])
        let run = try await f.pipeline().run(name: f.crawler, create: nil, wait: true, events: { _ in })
        #expect(run.changes == before.changes)
        #expect(try await f.pipeline().diff(f.crawler).changes == CatalogChanges())
        try await f.putData(days: ["2024-01-09"])
        #expect(try await f.pipeline().diff(f.crawler).changes == CatalogChanges(partitionsAdded: 1))
    }

    /// A table the crawler wrote whose files are gone: the diff names it and says what the crawler's
    /// DeleteBehavior will do — kept (AWS's default DEPRECATE_IN_DATABASE) or deleted (DELETE_FROM_DATABASE,
    /// a change the crawl then makes); a table another crawler or a person wrote is never counted.
    @Test func diffNamesTablesWhoseFilesAreGoneAsTheDeleteBehaviorTreatsThem() async throws {
        let f = try await Fixture.make()
        try await f.putData()
        let direct = try EmulatorClients.client()
        // A third table of another schema, so the two left after one is gone are still two tables (with one
        // folder left the crawler would make a single table of `raw/` itself).
        _ = try await S3Client(client: direct).putObject(
            bucket: f.bucket, key: "raw/products/products.csv", bytes: Array("sku,price\nA1,2.5\nB2,3.0\n".utf8))
        let role = "arn:aws:iam::123456789012:role/given"
        var spec = f.spec()
        spec.roleArn = role
        _ = try await f.pipeline().ensureCrawler(spec, roleArn: role, events: { _ in })
        let first = try await f.pipeline().run(name: f.crawler, create: nil, wait: true, events: { _ in })
        #expect(first.changes?.created == ["raw_customers", "raw_orders", "raw_products"])
        let glue = GlueClient(client: direct)
        // A table in the same folder tree that no crawler wrote: never the crawler's to deprecate or delete.
        try await glue.createTable(
            database: f.database,
            GlueTableInput(
                name: "hand_made",
                storageDescriptor: .parquet(
                    columns: [GlueColumn(name: "id", type: "bigint")], location: "s3://\(f.bucket)/raw/gone/")))
        _ = try await S3Client(client: direct).deleteObjects(bucket: f.bucket, keys: ["raw/customers/customers.csv"])

        let kept = try await f.pipeline().diff(f.crawler)
        #expect(kept.gone == ["raw_customers"])
        #expect(kept.deleteBehavior == "DEPRECATE_IN_DATABASE")
        #expect(kept.changes == CatalogChanges(), "\(kept.updates)")

        let crawler = try await glue.getCrawler(f.crawler)
        try await glue.updateCrawler(
            GlueCrawlerInput(
                name: f.crawler, role: crawler.role ?? role, databaseName: f.database,
                targets: try #require(crawler.targets),
                schemaChangePolicy: GlueSchemaChangePolicy(
                    updateBehavior: "UPDATE_IN_DATABASE", deleteBehavior: "DELETE_FROM_DATABASE")))
        let deleting = try await f.pipeline().diff(f.crawler)
        #expect(deleting.gone == ["raw_customers"])
        #expect(deleting.changes == CatalogChanges(deleted: ["raw_customers"]))
        let run = try await f.pipeline().run(name: f.crawler, create: nil, wait: true, events: { _ in })
        #expect(run.changes == deleting.changes)
        let after = try await f.pipeline().diff(f.crawler)
        #expect(after.changes == CatalogChanges())
        #expect(after.gone.isEmpty)
        #expect(try await glue.getTable(database: f.database, name: "hand_made").name == "hand_made")
    }

    /// `crawl diff` reads Parquet footers with ranged GETs, not whole objects: over two partitions of a
    /// 286 KiB file it fetches a small part of what they hold, and the bytes the fault proxy (no faults)
    /// relays for GetObject are exactly what the diff counted; the crawl then does what it predicted.
    @Test func diffReadsParquetFootersWithRangedGetsNotWholeObjects() async throws {
        let proxy = try await FaultProxy.start(rate: 0)
        defer { proxy.stop() }
        let f = try await Fixture.make(client: proxy.client(maxAttempts: 2))
        let file = try Fixtures.corpusItem("parquet/duckdb-parquet-testing/lineitem-top10000.gzip.parquet")
        let size = try #require(try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int)
        let s3 = S3Client(client: try EmulatorClients.client())
        for year in ["2024", "2025"] {
            _ = try await s3.putObject(
                bucket: f.bucket, key: "raw/lineitem/year=\(year)/part-0.parquet", file: file.path)
        }
        let role = "arn:aws:iam::123456789012:role/given"
        var spec = f.spec(path: "raw/lineitem")
        spec.roleArn = role
        _ = try await f.pipeline().ensureCrawler(spec, roleArn: role, events: { _ in })
        let diff = try await f.pipeline().diff(f.crawler)
        #expect(diff.changes == CatalogChanges(created: ["raw_lineitem"], partitionsAdded: 2))
        #expect(diff.read.objects == 2)
        #expect(diff.read.objectBytes == 2 * size)
        print("crawl diff over 2 x \(size) bytes of Parquet: fetched \(diff.read.fetched)")
        #expect(diff.read.fetched.bytes > 0)
        #expect(diff.read.fetched.bytes < size / 4)
        let gets = try #require(try await proxy.stats().operations["s3:GET object"])
        #expect(gets.bodyBytes == diff.read.fetched.bytes)
        #expect(gets.requests == diff.read.fetched.requests)
        let run = try await f.pipeline().run(name: f.crawler, create: nil, wait: true, events: { _ in })
        #expect(run.changes == diff.changes)
        #expect(try await f.pipeline().diff(f.crawler).changes == CatalogChanges())
    }

    /// A crawler made elsewhere with exclude patterns: the diff leaves out what they match, as the crawl does.
    @Test func diffLeavesOutWhatTheCrawlersExclusionsMatch() async throws {
        let f = try await Fixture.make()
        try await f.putData()
        try await GlueClient(client: f.client).createCrawler(
            GlueCrawlerInput(
                name: f.crawler, role: "arn:aws:iam::123456789012:role/given", databaseName: f.database,
                targets: GlueCrawlerTargets(s3Targets: [
                    GlueS3Target(path: "s3://\(f.bucket)/raw/", exclusions: ["orders/day=2024-01-02/*"])
                ]), tablePrefix: "raw_"))
        let diff = try await f.pipeline().diff(f.crawler)
        #expect(diff.changes == CatalogChanges(created: ["raw_customers", "raw_orders"], partitionsAdded: 1))
        #expect(diff.read.objects == 2)
        let run = try await f.pipeline().run(name: f.crawler, create: nil, wait: true, events: { _ in })
        #expect(run.changes == diff.changes)
        #expect(try await f.pipeline().diff(f.crawler).changes == CatalogChanges())
    }

    /// A table the catalog holds with a narrower type than its files: the diff lists it to update and says
    /// which column would change.
    @Test func diffNamesWhatWouldChangeInATableToUpdate() async throws {
        let f = try await Fixture.make()
        try await f.putData()
        let role = "arn:aws:iam::123456789012:role/given"
        var spec = f.spec()
        spec.roleArn = role
        _ = try await f.pipeline().run(name: f.crawler, create: spec, wait: true, events: { _ in })
        let glue = GlueClient(client: try EmulatorClients.client())
        let table = try await glue.getTable(database: f.database, name: "raw_customers")
        var descriptor = try #require(table.storageDescriptor)
        let columns = descriptor.columns ?? []
        #expect(columns.map(\.name) == ["order_id", "customer", "amount"])
        descriptor.columns = columns.map { $0.name == "amount" ? GlueColumn(name: "amount", type: "int") : $0 }
        try await glue.updateTable(
            database: f.database,
            GlueTableInput(
                name: table.name, tableType: table.tableType, parameters: table.parameters,
                storageDescriptor: descriptor, partitionKeys: table.partitionKeys))
        let diff = try await f.pipeline().diff(f.crawler)
        #expect(diff.changes == CatalogChanges(updated: ["raw_customers"]))
        #expect(diff.updates == ["raw_customers": ["column amount: int → double"]])
        let run = try await f.pipeline().run(name: f.crawler, create: nil, wait: true, events: { _ in })
        #expect(run.changes == diff.changes)
        #expect(run.updates == diff.updates)
    }

    /// A crawler without an S3 target (made elsewhere, for JDBC or DynamoDB) is named, not diffed as empty.
    @Test func diffOfACrawlerWithoutS3TargetsSaysSo() async throws {
        let f = try await Fixture.make()
        try await GlueClient(client: f.client).createCrawler(
            GlueCrawlerInput(
                name: f.crawler, role: "arn:aws:iam::123456789012:role/given", databaseName: f.database,
                targets: GlueCrawlerTargets(s3Targets: [])))
        await #expect(throws: CrawlError.noS3Targets(crawler: f.crawler)) {
            _ = try await f.pipeline().diff(f.crawler)
        }
    }

    @Test func aChangedPathUpdatesTheCrawlerInPlace() async throws {
        let f = try await Fixture.make()
        try await f.putData()
        let role = "arn:aws:iam::123456789012:role/given"
        var spec = f.spec()
        spec.roleArn = role
        _ = try await f.pipeline().run(name: f.crawler, create: spec, wait: false, events: { _ in })
        _ = try await f.pipeline().waitReady(f.crawler, events: { _ in })
        spec.path = S3Location(bucket: f.bucket, prefix: "raw/orders")
        let result = try await f.pipeline().run(name: f.crawler, create: spec, wait: true, events: { _ in })
        #expect(result.ensured == .updated(["path"]))
        #expect(result.roleArn == role)
    }

    @Test func aCrawlOverAnEmptyPrefixFailsWithGluesMessage() async throws {
        let f = try await Fixture.make()
        let error = await #expect(throws: CrawlError.self) {
            _ = try await f.pipeline().run(name: f.crawler, create: f.spec(path: "empty"), wait: true, events: { _ in })
        }
        guard case .failed(let crawler, let status, let message) = error else {
            Issue.record("expected a failed crawl, got \(String(describing: error))")
            return
        }
        #expect(crawler == f.crawler && status == "FAILED")
        #expect(message.contains("s3://\(f.bucket)/empty/"), "\(message)")
    }

    @Test func aRunningCrawlIsWaitedForNotStartedAgain() async throws {
        let f = try await Fixture.make()
        try await f.putData()
        _ = try await f.pipeline().run(name: f.crawler, create: f.spec(), wait: false, events: { _ in })
        let joined = try await f.pipeline().run(name: f.crawler, create: nil, wait: true, events: { _ in })
        #expect(!joined.started)
        #expect(joined.crawlStatus == "SUCCEEDED")
        #expect(try await GlueClient(client: f.client).listCrawls(f.crawler).count == 1)
    }

    @Test func unknownCrawlerIsNamed() async throws {
        let f = try await Fixture.make()
        await #expect(throws: CrawlError.notFound(crawler: f.crawler)) {
            _ = try await f.pipeline().run(name: f.crawler, create: nil, wait: true, events: { _ in })
        }
    }

    /// Ctrl-C cancels the waiting task; the pipeline then asks Glue to stop the crawl.
    @Test func cancellingTheWaitStopsTheCrawler() async throws {
        let f = try await Fixture.make()
        try await f.putData()
        let pipeline = f.pipeline(clock: BlockingClock())
        // A crawl can be over before any poll sees it running (a stalled poll, retried, reaches the emulator
        // twice): that run has nothing to cancel, must have succeeded, and the crawl is started again.
        for _ in 0..<3 {
            let waiting = AsyncStream<Void>.makeStream()
            let steps = Steps()
            let task = Task {
                // The stream ends with the run, so a run without a progress event cannot leave the test waiting.
                defer { waiting.continuation.finish() }
                return try await pipeline.run(
                    name: f.crawler, create: f.spec(), wait: true,
                    events: { event in
                        if case .progress = event { waiting.continuation.yield() }
                        if case .step(_, let detail, _) = event { steps.append(detail) }
                    })
            }
            var sawProgress = false
            for await _ in waiting.stream {
                sawProgress = true
                break
            }
            guard sawProgress else {
                _ = try await task.value
                continue
            }
            task.cancel()
            await #expect(throws: CancellationError.self) { _ = try await task.value }
            let crawler = try await f.pipeline().waitReady(f.crawler, events: { _ in })
            let said = steps.list.filter { $0.contains("stop") }
            // The emulator's crawl finishes on its second poll; on a loaded machine a poll can reach it twice (a
            // reply that stalled, retried) and finish the crawl before the stop arrives. That case must be said,
            // not hidden.
            if said == ["crawler \(f.crawler) had already finished; nothing to stop"] {
                #expect(crawler.lastCrawl?.status == "SUCCEEDED")
            } else {
                #expect(said.isEmpty, "\(said)")
                #expect(crawler.lastCrawl?.status == "CANCELLED", "\(steps.list)")
            }
            return
        }
        Issue.record("three crawls were over before a poll saw them running: cancelling was never tried")
    }

    /// Step details collected from the pipeline's task.
    final class Steps: @unchecked Sendable {
        private let lock = NSLock()
        private var all: [String] = []
        func append(_ detail: String) { lock.withLock { all.append(detail) } }
        var list: [String] { lock.withLock { all } }
    }

    @Test func underTwentyPercentFaultsTheCrawlerRoleAndTablesAreMadeOnce() async throws {
        let seed = Int(ProcessInfo.processInfo.environment["LAKECTL_FAULT_SEED"] ?? "") ?? 20_261_205
        let proxy = try await FaultProxy.start(rate: 0.2, seed: seed, slowSeconds: 2.5)
        defer { proxy.stop() }
        let f = try await Fixture.make(client: proxy.client(maxAttempts: 4, timeoutSeconds: 2))
        try await f.putData()
        var result: CrawlRunResult?
        var failures: [String] = []
        for _ in 0..<6 where result == nil {
            do {
                result = try await f.pipeline().run(name: f.crawler, create: f.spec(), wait: true, events: { _ in })
            } catch  where InterruptedFlow.isTransient(error) {
                failures.append("\(error)")
            }
        }
        let stats = try await proxy.stats()
        print(
            "crawl run under faults: \(stats.requests) requests, \(stats.faultsTotal) faults, \(failures.count) re-run(s)"
        )
        #expect(stats.faultsTotal > 0)
        let done = try #require(result, "still failing after 6 runs: \(failures)")
        #expect(done.crawlStatus == "SUCCEEDED")

        let direct = try EmulatorClients.client()
        let glue = GlueClient(client: direct)
        #expect(try await glue.allCrawlers().filter { $0.name == f.crawler }.count == 1)
        #expect(try await glue.allTables(database: f.database).map(\.name).sorted() == ["raw_customers", "raw_orders"])
        #expect(try await glue.allPartitions(database: f.database, table: "raw_orders").count == 2)
        let iam = IAMClient(client: direct)
        let role = CrawlPipeline.roleName(crawler: f.crawler)
        #expect(try await iam.allRoles().filter { $0.roleName == role }.count == 1)
        let policies = try await iam.listAttachedRolePolicies(roleName: role)
        #expect(policies.count == 1)
        for policy in policies { #expect(try await iam.listPolicyVersions(arn: policy.policyArn).count == 1) }
    }
}

/// A clock whose sleeps last until the task is cancelled: a wait that only Ctrl-C ends.
struct BlockingClock: AWSClock {
    func now() -> Date { Date(timeIntervalSince1970: 0) }
    func sleep(seconds: Double) async throws {
        while true {
            try Task.checkCancellation()
            try await Task.sleep(nanoseconds: 10_000_000)
        }
    }
}
