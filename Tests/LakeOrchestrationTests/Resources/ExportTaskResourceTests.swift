import AWSServices
import Testing

@testable import LakeOrchestration

/// `ExportTaskResource.diff`, without AWS: a task is started or found, never changed.
@Suite struct ExportTaskResourceTests {
    static let desired = RDSClient.ExportRequest(
        identifier: "lakectl-snap-abc", sourceArn: "arn:aws:rds:us-east-1:1:snapshot:snap", s3Bucket: "lake",
        iamRoleArn: "arn:aws:iam::1:role/r", kmsKeyId: "arn:aws:kms:us-east-1:1:key/k", s3Prefix: "exports",
        exportOnly: ["shop.orders", "shop.customers"])

    @Test func missingIsStartedShowingWhereItWrites() throws {
        let change = try ExportTaskResource.diff(Self.desired, nil)
        #expect(change.action == .create)
        #expect(change.fields.first { $0.field == "destination" }?.new == "s3://lake/exports/lakectl-snap-abc/")
        #expect(change.fields.first { $0.field == "export only" }?.new == "shop.orders,shop.customers")
    }

    @Test func foundForTheSameSnapshotIsNoopForAnotherIsRefused() throws {
        let same = RDSExportTask(
            identifier: Self.desired.identifier, sourceArn: Self.desired.sourceArn, status: .inProgress,
            s3Bucket: "lake")
        #expect(try ExportTaskResource.diff(Self.desired, same).action == .noop)
        var other = same
        other.sourceArn = "arn:aws:rds:us-east-1:1:snapshot:other"
        #expect(throws: PipelineError.self) { try ExportTaskResource.diff(Self.desired, other) }
    }
}
