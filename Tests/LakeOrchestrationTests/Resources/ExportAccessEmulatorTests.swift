import AWSCore
import AWSServices
import Testing

@testable import LakeOrchestration

@Suite struct ExportAccessEmulatorTests {
    @Test func preparesEverythingOnceThenChangesNothing() async throws {
        let iam = IAMResources(iam: try EmulatorClients.iam())
        let kms = KMSResources(kms: try EmulatorClients.kms())
        let key = try await kms.kms.createKey(description: "exports")
        let role = EmulatorClients.unique("export-role")

        let first = try await ExportAccess.ensure(
            iam: iam, kms: kms, roleName: role, bucket: "lake", prefix: "exports", kmsKey: key.keyId)
        #expect(first.steps.map(\.change) == [.created, .created, .updated(["key policy"])])
        #expect(first.roleArn == "arn:aws:iam::123456789012:role/\(role)")
        #expect(first.keyArn == key.arn)
        let firstName = ExportAccess.policyName(roleName: role, location: S3Location(bucket: "lake", prefix: "exports"))
        let policy = try #require(try await iam.findPolicy(firstName))
        #expect(try await iam.defaultDocument(of: policy).statement(sid: "ExportKey")?.resource == [key.arn])

        let second = try await ExportAccess.ensure(
            iam: iam, kms: kms, roleName: role, bucket: "lake", prefix: "exports/", kmsKey: key.arn)
        #expect(second.isUnchanged)

        // Another destination gets its own policy, attached next to the first, which still covers
        // its prefix: exports to "exports/" keep working (issue 9, item 4).
        let moved = try await ExportAccess.ensure(
            iam: iam, kms: kms, roleName: role, bucket: "lake", prefix: "other", kmsKey: key.arn)
        let otherName = ExportAccess.policyName(roleName: role, location: S3Location(bucket: "lake", prefix: "other"))
        let other = try #require(try await iam.findPolicy(otherName))
        #expect(moved.steps.map(\.change) == [.created, .updated(["attached \(other.arn)"]), .unchanged])
        let attached = try await iam.iam.listAttachedRolePolicies(roleName: role).map(\.policyArn)
        #expect(Set(attached) == [policy.arn, other.arn])
        let stillFirst = try await iam.defaultDocument(of: try #require(try await iam.findPolicy(firstName)))
        #expect(stillFirst.statement(sid: "ExportObjects")?.resource == ["arn:aws:s3:::lake/exports/*"])
        #expect(try await iam.iam.listPolicyVersions(arn: policy.arn).count == 1)
    }

    @Test func aNarrowingPolicyChangeIsRefusedNamingWhatWouldGo() async throws {
        let iam = IAMResources(iam: try EmulatorClients.iam())
        let kms = KMSResources(kms: try EmulatorClients.kms())
        let first = try await kms.kms.createKey(description: "exports")
        let second = try await kms.kms.createKey(description: "exports")
        let role = EmulatorClients.unique("export-role")
        _ = try await ExportAccess.ensure(
            iam: iam, kms: kms, roleName: role, bucket: "lake", prefix: "exports", kmsKey: first.arn)
        // Same destination, another key: the policy would lose the first key.
        let refused = await #expect(throws: ResourceError.self) {
            try await ExportAccess.ensure(
                iam: iam, kms: kms, roleName: role, bucket: "lake", prefix: "exports", kmsKey: second.arn)
        }
        guard case .policyWouldNarrow(_, let removed)? = refused else {
            Issue.record("expected policyWouldNarrow, got \(String(describing: refused))")
            return
        }
        #expect(removed.contains { $0.hasSuffix("on \(first.arn)") })
        #expect(refused?.description.contains("no longer allow") == true)
    }
}
