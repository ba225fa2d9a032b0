import AWSCore
import AWSServices
import Foundation
import LakeTestSupport
import Testing

@testable import LakeOrchestration

/// `ingest snapshot` end to end against the emulator with signature checking on: the real client,
/// the real services, and the gap layer's RDS export (progress, then the `shop` fixture tables in
/// RDS's layout). Each test owns its names, so tests run in parallel on one emulator.
@Suite struct SnapshotExportPipelineTests {
    /// A DB instance + snapshot exporting the `shop` dataset, a bucket in `bucketRegion`, a fresh key.
    struct Fixture {
        let emulator: Emulator
        let client: AWSClient
        let instance: String
        let snapshot: String
        let bucket: String
        let keyArn: String
        let keyId: String
        let role: String

        static func make(bucketRegion: String? = nil) async throws -> Fixture {
            let emulator = try Emulator.current()
            let client = emulator.client()
            let instance = Emulator.uniqueName("shopdb")
            let snapshot = Emulator.uniqueName("snap")
            let rds = RDSClient(client: client)
            _ = try await rds.createDBInstance(
                identifier: instance, masterPassword: "test-password-1", databaseName: "shop")
            _ = try await rds.createDBSnapshot(identifier: snapshot, instanceIdentifier: instance)
            try await emulator.control(
                "/lakectl-emulator/rds/dataset", #"{"dbInstanceIdentifier": "\#(instance)", "dataset": "shop"}"#)
            let bucket = Emulator.uniqueName("lake")
            let region = bucketRegion ?? emulator.region
            try await S3Client(client: emulator.client(region: region)).createBucket(bucket, region: region)
            let key = try await KMSClient(client: client).createKey(description: "pipeline test")
            return Fixture(
                emulator: emulator, client: client, instance: instance, snapshot: snapshot, bucket: bucket,
                keyArn: key.arn, keyId: key.keyId,
                role: Emulator.uniqueName("export-role"))
        }

        func request(catalog: String? = nil, exportOnly: [String] = []) -> SnapshotExportRequest {
            SnapshotExportRequest(
                snapshot: snapshot, bucket: bucket, prefix: "exports", kmsKey: keyArn, roleName: role,
                exportOnly: exportOnly,
                catalogDatabase: catalog)
        }

        var pipeline: SnapshotExportPipeline {
            var pipeline = SnapshotExportPipeline(client: client, clock: ManualClock())
            pipeline.pollSeconds = (1, 1)
            return pipeline
        }

        /// True when the run created nothing in IAM (the role is the first thing an export would create).
        func roleExists() async throws -> Bool {
            do {
                _ = try await IAMClient(client: client).getRole(name: role)
                return true
            } catch let error as AWSError where error.hasCode(IAMClient.ErrorCode.noSuchEntity) {
                return false
            }
        }
    }

    final class Events: @unchecked Sendable {
        // @unchecked Sendable: `items` is only touched under `lock`.
        private let lock = NSLock()
        private var items: [PipelineEvent] = []
        var sink: PipelineEventSink { { [self] event in lock.withLock { items.append(event) } } }
        var all: [PipelineEvent] { lock.withLock { items } }
    }

    @Test func fullFlowExportsCataloguesAndASecondRunChangesNothing() async throws {
        let fixture = try await Fixture.make()
        let database = Emulator.uniqueName("shop").replacingOccurrences(of: "-", with: "_")
        let events = Events()
        let first = try await fixture.pipeline.run(fixture.request(catalog: database), wait: true, events: events.sink)

        #expect(first.task.status == .complete)
        #expect(first.started)
        #expect(first.tables.map(\.target) == ["shop.customers", "shop.orders"])
        #expect(first.tables.allSatisfy { $0.files.count == 1 && $0.files[0].key.hasSuffix(".gz.parquet") })
        #expect(first.exportLocation == "s3://\(fixture.bucket)/exports/\(first.taskId)/")
        #expect(first.access.steps.map(\.change) == [.created, .created, .updated(["key policy"])])
        #expect(first.catalog.map(\.change) == [.created, .created])
        // Progress was reported while waiting, rising to 100.
        let percents = events.all.compactMap { event -> Int? in
            if case .progress(_, let percent, _) = event { return percent }
            return nil
        }
        #expect(percents.last == 100)
        #expect(percents == percents.sorted())

        // The Glue table matches the exported file's schema.
        let orders = try await GlueClient(client: fixture.client).getTable(database: database, name: "orders")
        let columns = orders.storageDescriptor?.columns?.map { "\($0.name) \($0.type ?? "")" }
        #expect(
            columns == [
                "order_id bigint", "customer_id int", "status string", "amount decimal(10,2)", "quantity int",
                "ordered_at timestamp", "shipped_on date",
            ])
        #expect(
            orders.storageDescriptor?.location == "s3://\(fixture.bucket)/exports/\(first.taskId)/shop/shop.orders/")
        #expect(
            orders.storageDescriptor?.serdeInfo?.serializationLibrary
                == "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe")

        // Again: the same task is found, nothing is created or updated, no new policy version.
        let second = try await fixture.pipeline.run(fixture.request(catalog: database), wait: true, events: { _ in })
        #expect(!second.started)
        #expect(second.taskId == first.taskId)
        #expect(second.access.isUnchanged)
        #expect(second.catalog.map(\.change) == [.unchanged, .unchanged])
        let policyArn = try #require(first.access.steps.first?.arn)
        #expect(try await IAMClient(client: fixture.client).listPolicyVersions(arn: policyArn).count == 1)
        let tasks = try await RDSClient(client: fixture.client).describeExportTasks(sourceArn: first.snapshotArn).items
        #expect(tasks.filter { $0.sourceArn == first.snapshotArn }.count == 1)
    }

    @Test func exportOnlyLimitsTheTablesAndChangesTheTaskId() async throws {
        let fixture = try await Fixture.make()
        let all = try await fixture.pipeline.run(fixture.request(), wait: false, events: { _ in })
        let orders = try await fixture.pipeline.run(
            fixture.request(exportOnly: ["shop.orders"]), wait: true, events: { _ in })
        #expect(orders.taskId != all.taskId)
        #expect(orders.tables.map(\.target) == ["shop.orders"])
    }

    @Test func noWaitReturnsTheStartedTask() async throws {
        let fixture = try await Fixture.make()
        let result = try await fixture.pipeline.run(fixture.request(), wait: false, events: { _ in })
        #expect(result.started)
        #expect(result.task.status == .starting)
        #expect(result.tables.isEmpty)
    }

    @Test func bucketInAnotherRegionIsRefusedBeforeAnythingIsCreated() async throws {
        let fixture = try await Fixture.make(bucketRegion: "eu-west-1")
        let error = await #expect(throws: PipelineError.self) {
            try await fixture.pipeline.run(fixture.request(), wait: true, events: { _ in })
        }
        #expect(
            error
                == .bucketInOtherRegion(
                    bucket: fixture.bucket, bucketRegion: "eu-west-1", snapshot: fixture.snapshot,
                    snapshotRegion: "us-east-1"))
        #expect(error?.description.contains("eu-west-1") == true && error?.description.contains("us-east-1") == true)
        #expect(try await !fixture.roleExists())
    }

    @Test func missingSnapshotIsReportedAndNothingIsCreated() async throws {
        let fixture = try await Fixture.make()
        var request = fixture.request()
        request.snapshot = "no-such-snapshot"
        let error = await #expect(throws: AWSError.self) {
            try await fixture.pipeline.run(request, wait: true, events: { _ in })
        }
        #expect(
            error?.hasCode(RDSClient.ErrorCode.dbSnapshotNotFound) == true
                || error?.hasCode(RDSClient.ErrorCode.dbClusterSnapshotNotFound) == true)
        #expect(error?.description.contains("no-such-snapshot") == true)
        #expect(try await !fixture.roleExists())
    }

    @Test func disabledKeyIsRefusedBeforeAnythingIsCreated() async throws {
        let fixture = try await Fixture.make()
        // moto's DisableKey takes the key id only (real KMS also takes the ARN).
        try await KMSClient(client: fixture.client).disableKey(fixture.keyId)
        let error = await #expect(throws: ResourceError.self) {
            try await fixture.pipeline.run(fixture.request(), wait: true, events: { _ in })
        }
        #expect(error == .keyNotUsable(keyId: fixture.keyArn, state: "Disabled"))
        #expect(try await !fixture.roleExists())
    }

    @Test func failedExportReportsRDSFailureCause() async throws {
        let fixture = try await Fixture.make()
        let cause = "The IAM role couldn't be assumed (injected by the test)."
        try await fixture.emulator.control(
            "/lakectl-emulator/rds/fail-next-export",
            #"{"dbInstanceIdentifier": "\#(fixture.instance)", "failureCause": "\#(cause)"}"#)
        let error = await #expect(throws: PipelineError.self) {
            try await fixture.pipeline.run(fixture.request(), wait: true, events: { _ in })
        }
        guard case .exportFailed(_, let reported)? = error else {
            Issue.record("expected exportFailed, got \(String(describing: error))")
            return
        }
        #expect(reported == cause)
        #expect(error?.description.contains("FAILED") == true)
    }
}
