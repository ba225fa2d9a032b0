import AWSCore
import AWSServices
import Testing

@testable import LakeOrchestration

/// The ensure operations against the emulator: created, then unchanged with no writes, then updated
/// only when the desired document differs.
@Suite struct IAMResourcesEmulatorTests {
    @Test func ensureManagedPolicyTwiceChangesNothing() async throws {
        let iam = try EmulatorClients.iam()
        let resources = IAMResources(iam: iam)
        let name = EmulatorClients.unique("ensure-policy")
        let document = PolicyGenerator.forRDSExport(
            bucket: "lake", prefix: "exports", kmsKeyArn: "arn:aws:kms:us-east-1:123456789012:key/k")

        let first = try await resources.ensureManagedPolicy(name: name, document: document)
        #expect(first.change == .created)
        #expect(first.arn.hasSuffix(":policy/\(name)"))
        let second = try await resources.ensureManagedPolicy(name: name, document: document)
        #expect(second == Ensured(arn: first.arn, change: .unchanged))
        #expect(try await iam.listPolicyVersions(arn: first.arn).count == 1)

        // The same grants written differently by hand: still unchanged.
        var reordered = document
        reordered.statements.reverse()
        reordered.statements[0].action = reordered.statements[0].action?.map { $0.uppercased() }.reversed()
        #expect(try await resources.ensureManagedPolicy(name: name, document: reordered).change == .unchanged)

        let narrower = PolicyGenerator.forRDSExport(bucket: "lake", prefix: "exports")
        let third = try await resources.ensureManagedPolicy(name: name, document: narrower)
        #expect(third.change == .updated(["document"]))
        let policy = try await iam.getPolicy(arn: first.arn)
        #expect(policy.defaultVersionId == "v2")
        #expect(try await resources.defaultDocument(of: policy) == narrower)
    }

    @Test func fiveVersionLimitDeletesTheOldestNonDefault() async throws {
        let iam = try EmulatorClients.iam()
        let resources = IAMResources(iam: iam)
        let name = EmulatorClients.unique("ensure-limit")
        let documents = (0..<7).map { PolicyGenerator.forRDSExport(bucket: "lake-\($0)") }
        #expect(try await resources.ensureManagedPolicy(name: name, document: documents[0]).change == .created)
        for document in documents.dropFirst() {
            #expect(
                try await resources.ensureManagedPolicy(name: name, document: document).change == .updated(["document"])
            )
        }
        let arn = try #require(try await resources.findPolicy(name)?.arn)
        let versions = try await iam.listPolicyVersions(arn: arn)
        #expect(versions.count == 5)
        #expect(Set(versions.map(\.versionId)) == ["v3", "v4", "v5", "v6", "v7"])
        #expect(versions.first { $0.isDefaultVersion }?.versionId == "v7")
        #expect(try await resources.defaultDocument(of: iam.getPolicy(arn: arn)) == documents[6])
    }

    @Test func ensureRoleCreatesThenUpdatesOnlyWhatDiffers() async throws {
        let iam = try EmulatorClients.iam()
        let resources = IAMResources(iam: iam)
        let roleName = EmulatorClients.unique("ensure-role")
        let policy = try await resources.ensureManagedPolicy(
            name: EmulatorClients.unique("ensure-role-policy"), document: PolicyGenerator.forRDSExport(bucket: "lake"))
        let trust = TrustPolicy.service("export.rds.amazonaws.com")

        let created = try await resources.ensureRole(name: roleName, trust: trust, attach: [policy.arn])
        #expect(created.change == .created)
        #expect(try await iam.listAttachedRolePolicies(roleName: roleName).map(\.policyArn) == [policy.arn])
        #expect(try await resources.ensureRole(name: roleName, trust: trust, attach: [policy.arn]).change == .unchanged)

        let glue = try await resources.ensureRole(
            name: roleName, trust: TrustPolicy.service("glue.amazonaws.com"), attach: [policy.arn])
        #expect(glue.change == .updated(["trust policy"]))
        let stored = try #require(try await iam.getRole(name: roleName).assumeRolePolicyDocument)
        #expect(try PolicyDocument(json: stored) == TrustPolicy.service("glue.amazonaws.com"))

        let inline = ["reads": PolicyGenerator.forGlueCrawler(bucket: "lake")]
        let withInline = try await resources.ensureRole(
            name: roleName, trust: TrustPolicy.service("glue.amazonaws.com"), inlinePolicies: inline)
        #expect(withInline.change == .updated(["inline policy reads"]))
        #expect(
            try await resources.ensureRole(
                name: roleName, trust: TrustPolicy.service("glue.amazonaws.com"), inlinePolicies: inline
            ).change
                == .unchanged)

        // The policy is attached: delete refuses and names the role; role delete clears everything.
        let refused = await #expect(throws: ResourceError.self) { try await resources.deleteManagedPolicy(policy.arn) }
        #expect(refused == .policyAttached(arn: policy.arn, roles: [roleName]))
        let removed = try await resources.deleteRole(name: roleName)
        #expect(removed.detached == [policy.arn])
        #expect(removed.deletedInline == ["reads"])
        #expect(try await resources.deleteManagedPolicy(policy.arn) == policy.arn)
        #expect(try await resources.findPolicy(policy.arn) == nil)
    }
}
