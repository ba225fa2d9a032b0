import AWSCore
import Testing

@testable import LakeOrchestration

/// Issue 9, item 6: AccessDenied names the refused call, its IAM action and every action the flow needs.
@Suite struct AccessHintsTests {
    static func denied(_ service: String, _ operation: String, code: String = "AccessDenied") -> AWSError {
        AWSError(service: service, operation: operation, code: code, message: "not authorized", statusCode: 403)
    }

    @Test func aDeniedIAMCallNamesTheActionsAndSuggestsAGivenRole() async throws {
        let request = SnapshotExportRequest(snapshot: "s", bucket: "b", kmsKey: "k")
        let error = await #expect(throws: PipelineError.self) {
            try await AccessHints.translating(request: request) { () async throws -> Int in
                throw Self.denied("IAM", "ListPolicies")
            }
        }
        guard case .accessDenied(let call, let action, let needed, let roleGiven)? = error else {
            Issue.record("expected accessDenied, got \(String(describing: error))")
            return
        }
        #expect(call == "IAM ListPolicies")
        #expect(action == "iam:ListPolicies")
        #expect(needed.contains("iam:CreateRole") && needed.contains("rds:StartExportTask"))
        #expect(!roleGiven)
        #expect(error?.description.contains("--role ARN") == true)
    }

    @Test func withAGivenRoleNoIAMActionButPassRoleIsNeeded() async throws {
        var request = SnapshotExportRequest(
            snapshot: "s", bucket: "b", kmsKey: "k", roleName: "arn:aws:iam::1:role/r", catalogDatabase: "db")
        request.adopt = false
        let error = await #expect(throws: PipelineError.self) {
            try await AccessHints.translating(request: request) { () async throws -> Int in
                throw Self.denied("S3", "HeadBucket", code: "AccessDenied")
            }
        }
        guard case .accessDenied(_, let action, let needed, let roleGiven)? = error else {
            Issue.record("expected accessDenied, got \(String(describing: error))")
            return
        }
        #expect(action == "s3:ListBucket")
        #expect(roleGiven)
        #expect(needed.filter { $0.hasPrefix("iam:") } == ["iam:PassRole"])
        #expect(needed.contains("glue:CreateTable"))
    }

    @Test func otherErrorsPassThrough() async throws {
        let request = SnapshotExportRequest(snapshot: "s", bucket: "b", kmsKey: "k")
        let error = await #expect(throws: AWSError.self) {
            try await AccessHints.translating(request: request) { () async throws -> Int in
                throw Self.denied("RDS", "DescribeDBSnapshots", code: "DBSnapshotNotFound")
            }
        }
        #expect(error?.code == "DBSnapshotNotFound")
    }
}
