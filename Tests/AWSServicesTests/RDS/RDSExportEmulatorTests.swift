import AWSCore
import Foundation
import LakeTestSupport
import Testing

@testable import AWSServices

/// A snapshot export end to end against the emulator: a DB instance and snapshot made here, the export
/// role and key made with raw IAM/KMS calls (those services belong to another folder), the export
/// started, followed to COMPLETE through the emulator's progress steps, and its Parquet files listed.
@Suite struct RDSExportEmulatorTests {
    static let iam = ServiceConfig(
        serviceId: "IAM", signingName: "iam", wireProtocol: .query, apiVersion: "2010-05-08", isGlobal: true)
    static let kms = ServiceConfig(
        serviceId: "KMS", signingName: "kms", wireProtocol: .json(version: "1.1"), apiVersion: "2014-11-01",
        jsonTargetPrefix: "TrentService")

    /// An instance registered with the emulator's `shop` dataset, and a snapshot of it.
    private func snapshotOfShop(_ rds: RDSClient) async throws -> RDSSnapshot {
        let instance = EmulatorClient.uniqueName("shop-db")
        try await rds.createDBInstance(identifier: instance, masterPassword: "not-a-secret-1")
        try await EmulatorClient.control(
            "/lakectl-emulator/rds/dataset", #"{"dbInstanceIdentifier":"\#(instance)","dataset":"shop"}"#)
        return try await rds.createDBSnapshot(
            identifier: EmulatorClient.uniqueName("shop-snap"), instanceIdentifier: instance)
    }

    /// A role RDS export may assume and a KMS key, as `ingest snapshot` would ensure them.
    private func roleAndKey(_ client: AWSClient) async throws -> (role: String, key: String) {
        let trust =
            #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"export.rds.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#
        let role = try await client.query(
            Self.iam, action: "CreateRole",
            parameters: [("RoleName", EmulatorClient.uniqueName("rds-export")), ("AssumeRolePolicyDocument", trust)])
        struct CreateKey: Encodable, Sendable { var Description: String }
        struct KeyReply: Decodable { struct Metadata: Decodable { var Arn: String }; var KeyMetadata: Metadata }
        let key = try await client.json(
            Self.kms, operation: "CreateKey", input: CreateKey(Description: "rds export test"), output: KeyReply.self)
        return (try #require(role.string("Role", "Arn")), key.KeyMetadata.Arn)
    }

    /// Polls without sleeping: the emulator moves a task one step per DescribeExportTasks call.
    private func waitUntilFinal(_ rds: RDSClient, _ id: String) async throws -> (RDSExportTask, [Int]) {
        var seen: [Int] = []
        for _ in 0..<50 {
            let task = try await rds.describeExportTask(id)
            seen.append(task.percentProgress)
            if task.status.isFinal { return (task, seen) }
        }
        throw AWSClientError.waiterTimedOut(name: "export \(id)", attempts: 50, seconds: 0)
    }

    @Test func exportRunsToCompletionAndWritesParquet() async throws {
        let client = try EmulatorClient.make(region: "us-east-1")
        let rds = RDSClient(client: client)
        let s3 = S3Client(client: client)
        let snapshot = try await snapshotOfShop(rds)
        #expect(snapshot.region == "us-east-1")
        #expect(try await rds.findSnapshot(snapshot.arn).identifier == snapshot.identifier)
        #expect(try await rds.findSnapshot(snapshot.identifier).arn == snapshot.arn)

        let bucket = EmulatorClient.uniqueName("lake-export")
        try await s3.createBucket(bucket)
        let (role, key) = try await roleAndKey(client)
        let id = EmulatorClient.uniqueName("export")
        let request = RDSClient.ExportRequest(
            identifier: id, sourceArn: snapshot.arn, s3Bucket: bucket, iamRoleArn: role, kmsKeyId: key,
            s3Prefix: "rds/shop")
        let started = try await rds.startExportTask(request)
        #expect(started.identifier == id)
        #expect(started.status == .starting)

        let again = await #expect(throws: AWSError.self) { try await rds.startExportTask(request) }
        #expect(again?.hasCode(RDSClient.ErrorCode.exportTaskAlreadyExists) == true)

        let seen = ProgressLog()
        let clock = ManualClock()
        let finished = try await rds.waitForExportTask(id, clock: clock, onPoll: { seen.append($0.percentProgress) })
        let progress = seen.values
        #expect(!clock.sleeps.isEmpty)
        #expect(finished.status == .complete, "failure cause: \(finished.failureCause ?? "none")")
        #expect(finished.percentProgress == 100)
        // Other tests' DescribeExportTasks calls in this region advance the task too, so steps may be
        // skipped; progress only ever rises.
        #expect(progress == progress.sorted())
        #expect(finished.s3Bucket == bucket)
        #expect(finished.sourceArn == snapshot.arn)

        let objects = try await s3.listAllObjects(bucket: bucket, prefix: "rds/shop/\(id)/")
        let parquet = objects.map(\.key).filter { $0.hasSuffix(".gz.parquet") }.sorted()
        #expect(parquet.count == 2)
        #expect(parquet.first?.hasPrefix("rds/shop/\(id)/shop/shop.customers/1/part-00000-") == true)
        #expect(parquet.last?.hasPrefix("rds/shop/\(id)/shop/shop.orders/1/part-00000-") == true)
        #expect(objects.contains { $0.key == "rds/shop/\(id)/export_info_\(id).json" })

        // The filtered listing finds it too (the emulator's RDS ignores Filters; the marker loop must end).
        var listed: [String] = []
        for try await page in rds.describeExportTasksPages(filters: [.sourceArn(snapshot.arn)]) {
            listed += page.items.map(\.identifier)
        }
        #expect(listed.contains(id))
    }

    @Test func aBucketInAnotherRegionFailsTheTaskWithACause() async throws {
        let client = try EmulatorClient.make(region: "us-east-1")
        let rds = RDSClient(client: client)
        let snapshot = try await snapshotOfShop(rds)
        let bucket = EmulatorClient.uniqueName("lake-wrong")
        try await S3Client(client: try EmulatorClient.make(region: "eu-west-1")).createBucket(bucket)
        let (role, key) = try await roleAndKey(client)
        let id = EmulatorClient.uniqueName("export")
        _ = try await rds.startExportTask(
            RDSClient.ExportRequest(
                identifier: id, sourceArn: snapshot.arn, s3Bucket: bucket, iamRoleArn: role, kmsKeyId: key))
        let (finished, _) = try await waitUntilFinal(rds, id)
        #expect(finished.status == .failed)
        #expect(finished.failureCause?.contains("isn't located in the current AWS Region") == true)
    }

    @Test func aCanceledExportEndsCanceled() async throws {
        let client = try EmulatorClient.make(region: "us-east-1")
        let rds = RDSClient(client: client)
        let snapshot = try await snapshotOfShop(rds)
        let bucket = EmulatorClient.uniqueName("lake-cancel")
        try await S3Client(client: client).createBucket(bucket)
        let (role, key) = try await roleAndKey(client)
        let id = EmulatorClient.uniqueName("export")
        _ = try await rds.startExportTask(
            RDSClient.ExportRequest(
                identifier: id, sourceArn: snapshot.arn, s3Bucket: bucket, iamRoleArn: role, kmsKeyId: key))
        _ = try await rds.cancelExportTask(id)
        let finished = try await rds.waitForExportTask(id, clock: ManualClock())
        #expect(finished.status == .canceled)
    }

    /// A bare name finds a cluster snapshot after the DB snapshot lookup misses; its ARN finds it directly.
    @Test func clusterSnapshotsAreFoundByNameAndARN() async throws {
        let client = try EmulatorClient.make()
        let cluster = EmulatorClient.uniqueName("aurora")
        _ = try await client.query(
            RDSClient.service, action: "CreateDBCluster",
            parameters: [
                ("DBClusterIdentifier", cluster), ("Engine", "aurora-mysql"), ("MasterUsername", "admin"),
                ("MasterUserPassword", "not-a-secret-1"),
            ])
        let name = EmulatorClient.uniqueName("aurora-snap")
        _ = try await client.query(
            RDSClient.service, action: "CreateDBClusterSnapshot",
            parameters: [("DBClusterSnapshotIdentifier", name), ("DBClusterIdentifier", cluster)])
        let rds = RDSClient(client: client)
        let byName = try await rds.findSnapshot(name)
        #expect(byName.kind == .cluster)
        #expect(byName.sourceIdentifier == cluster)
        #expect(byName.arn.contains(":cluster-snapshot:\(name)"))
        #expect(try await rds.findSnapshot(byName.arn) == byName)
    }

    @Test func unknownNamesAreReportedWithRDSCodes() async throws {
        let rds = RDSClient(client: try EmulatorClient.make())
        let missing = EmulatorClient.uniqueName("no-snapshot")
        let snapshot = await #expect(throws: AWSError.self) { try await rds.describeDBSnapshots(identifier: missing) }
        #expect(snapshot?.hasCode(RDSClient.ErrorCode.dbSnapshotNotFound) == true)
        let cluster = await #expect(throws: AWSError.self) {
            try await rds.describeDBClusterSnapshots(identifier: missing)
        }
        #expect(cluster?.hasCode(RDSClient.ErrorCode.dbClusterSnapshotNotFound) == true)
        let either = await #expect(throws: AWSError.self) { try await rds.findSnapshot(missing) }
        #expect(either?.hasCode(RDSClient.ErrorCode.dbSnapshotNotFound) == true)
        let task = await #expect(throws: AWSError.self) {
            try await rds.describeExportTask(EmulatorClient.uniqueName("no-task"))
        }
        #expect(task?.hasCode(RDSClient.ErrorCode.exportTaskNotFound) == true)
    }
}

/// Percentages seen by the waiter's callback. `@unchecked Sendable`: `values` is only touched under `lock`.
final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Int] = []

    func append(_ value: Int) { lock.withLock { stored.append(value) } }
    var values: [Int] { lock.withLock { stored } }
}
