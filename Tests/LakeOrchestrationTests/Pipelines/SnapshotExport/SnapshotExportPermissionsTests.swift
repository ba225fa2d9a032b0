import AWSCore
import AWSServices
import Foundation
import LakeTestSupport
import Testing

@testable import LakeOrchestration

/// Issue 9, item 6, against the emulator's IAM authorization (signature checking on): an operator
/// without IAM rights exports with `--role ARN`, and without it is told which actions are missing.
@Suite struct SnapshotExportPermissionsTests {
    typealias Fixture = SnapshotExportPipelineTests.Fixture

    /// A user allowed RDS, S3 and KMS but no IAM action, and a client signing as that user.
    static func operatorClient(_ fixture: Fixture) async throws -> AWSClient {
        let iam = IAMClient(client: fixture.client)
        let user = Emulator.uniqueName("operator")
        try await iam.createUser(name: user)
        let allow = PolicyDocument(statements: [
            PolicyStatement(action: ["rds:*", "s3:*", "kms:*", "sts:GetCallerIdentity"], resource: ["*"])
        ])
        try await iam.putUserPolicy(userName: user, policyName: "operator", document: allow.canonicalJSON())
        let key = try await iam.createAccessKey(userName: user)
        let credentials = AWSCredentials(
            accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey, source: "test operator")
        return AWSClient(
            region: fixture.emulator.region, credentialProvider: EmulatorClients.Key(value: credentials),
            endpoint: fixture.emulator.endpoint,
            retryStrategy: StandardRetryStrategy(configuration: RetryConfiguration(maxAttempts: 2)))
    }

    @Test func anOperatorWithoutIAMRightsExportsWithAGivenRole() async throws {
        let fixture = try await Fixture.make()
        let role = try await IAMClient(client: fixture.client).createRole(
            name: fixture.role, trustPolicy: TrustPolicy.service(ExportAccess.servicePrincipal).canonicalJSON(),
            tags: [])
        var pipeline = SnapshotExportPipeline(client: try await Self.operatorClient(fixture), clock: ManualClock())
        pipeline.pollSeconds = (1, 1)
        let request = SnapshotExportRequest(
            snapshot: fixture.snapshot, bucket: fixture.bucket, prefix: "exports", kmsKey: fixture.keyArn,
            roleName: role.arn)
        let result = try await pipeline.run(request, wait: true, events: { _ in })
        #expect(result.task.status == .complete)
        #expect(result.task.iamRoleArn == role.arn)

        // By name, the role and its policy need IAM: the error says which actions.
        let byName = SnapshotExportRequest(
            snapshot: fixture.snapshot, bucket: fixture.bucket, prefix: "other", kmsKey: fixture.keyArn,
            roleName: fixture.role)
        let error = await #expect(throws: PipelineError.self) {
            try await pipeline.run(byName, wait: false, events: { _ in })
        }
        guard case .accessDenied(let call, let action, let needed, _)? = error else {
            Issue.record("expected accessDenied, got \(String(describing: error))")
            return
        }
        #expect(call.hasPrefix("IAM "))
        #expect(action.hasPrefix("iam:"))
        #expect(needed.contains(action))
        #expect(error?.description.contains("--role ARN") == true)
    }
}
