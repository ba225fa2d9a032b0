import AWSCore
import Foundation
import Testing

@testable import AWSServices

/// IAM through the real stack against the shared emulator with signature checking on.
@Suite struct IAMEmulatorTests {
    static let readPolicy =
        #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}"#
    static let writePolicy =
        #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:PutObject","Resource":"arn:aws:s3:::b/*"}]}"#
    static let trust =
        #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"export.rds.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#

    @Test func policyLifecycleWithVersions() async throws {
        let iam = IAMClient(client: try EmulatorClient.make())
        let name = EmulatorClient.uniqueName("iam-policy")
        let created = try await iam.createPolicy(name: name, document: Self.readPolicy, description: "test")
        #expect(created.arn == "arn:aws:iam::123456789012:policy/\(name)")
        #expect(created.defaultVersionId == "v1")

        let fetched = try await iam.getPolicy(arn: created.arn)
        #expect(fetched.policyName == name)
        #expect(fetched.tags == [.managedByLakectl])
        let v1 = try await iam.getPolicyVersion(arn: created.arn, versionId: "v1")
        #expect(v1.isDefaultVersion)
        let document = try #require(v1.document)
        #expect(document.contains("s3:GetObject"))
        #expect(!document.contains("%22"))

        let v2 = try await iam.createPolicyVersion(arn: created.arn, document: Self.writePolicy, setAsDefault: true)
        #expect(v2.versionId == "v2")
        #expect(try await iam.getPolicy(arn: created.arn).defaultVersionId == "v2")
        let versions = try await iam.listPolicyVersions(arn: created.arn)
        #expect(Set(versions.map(\.versionId)) == ["v1", "v2"])

        let conflict = await #expect(throws: AWSError.self) {
            try await iam.deletePolicyVersion(arn: created.arn, versionId: "v2")
        }
        #expect(conflict?.hasCode(IAMClient.ErrorCode.deleteConflict) == true)
        try await iam.deletePolicyVersion(arn: created.arn, versionId: "v1")

        for _ in 0..<4 {
            _ = try await iam.createPolicyVersion(arn: created.arn, document: Self.readPolicy, setAsDefault: false)
        }
        let limit = await #expect(throws: AWSError.self) {
            try await iam.createPolicyVersion(arn: created.arn, document: Self.readPolicy, setAsDefault: false)
        }
        #expect(limit?.hasCode(IAMClient.ErrorCode.limitExceeded) == true)

        let local = try await iam.allPolicies(scope: .local)
        #expect(local.contains { $0.arn == created.arn })
        for version in try await iam.listPolicyVersions(arn: created.arn) where !version.isDefaultVersion {
            try await iam.deletePolicyVersion(arn: created.arn, versionId: version.versionId)
        }
        try await iam.deletePolicy(arn: created.arn)
        let gone = await #expect(throws: AWSError.self) { try await iam.getPolicy(arn: created.arn) }
        #expect(gone?.hasCode(IAMClient.ErrorCode.noSuchEntity) == true)
        #expect(gone?.statusCode == 404)
    }

    @Test func typedErrors() async throws {
        let iam = IAMClient(client: try EmulatorClient.make())
        let name = EmulatorClient.uniqueName("iam-errors")
        let malformed = await #expect(throws: AWSError.self) {
            try await iam.createPolicy(name: name, document: #"{"Version":"2012-10-17"}"#)
        }
        #expect(malformed?.hasCode(IAMClient.ErrorCode.malformedPolicyDocument) == true)
        _ = try await iam.createPolicy(name: name, document: Self.readPolicy)
        let duplicate = await #expect(throws: AWSError.self) {
            try await iam.createPolicy(name: name, document: Self.readPolicy)
        }
        #expect(duplicate?.hasCode(IAMClient.ErrorCode.entityAlreadyExists) == true)
        let missing = await #expect(throws: AWSError.self) {
            try await iam.getRole(name: EmulatorClient.uniqueName("nobody"))
        }
        #expect(missing?.hasCode(IAMClient.ErrorCode.noSuchEntity) == true)
    }

    @Test func listingsFollowMarkers() async throws {
        let iam = IAMClient(client: try EmulatorClient.make())
        let prefix = "/\(EmulatorClient.uniqueName("paged"))/"
        for index in 0..<3 {
            _ = try await iam.createRole(
                name: EmulatorClient.uniqueName("paged-\(index)"), trustPolicy: Self.trust, path: prefix)
        }
        let first = try await iam.listRolesPage(pathPrefix: prefix, maxItems: 2)
        #expect(first.items.count == 2)
        #expect(first.nextToken != nil)
        let all = try await iam.allRoles(pathPrefix: prefix)
        #expect(all.count == 3)
        var pages = 0
        for try await page in IAMClient(client: iam.client).listRolesPages(pathPrefix: prefix) {
            pages += 1
            #expect(!page.items.isEmpty)
        }
        #expect(pages == 1)
    }

    @Test func roleWithTrustAttachedAndInlinePolicies() async throws {
        let iam = IAMClient(client: try EmulatorClient.make())
        let roleName = EmulatorClient.uniqueName("iam-role")
        let role = try await iam.createRole(name: roleName, trustPolicy: Self.trust, description: "export role for RDS")
        #expect(role.arn == "arn:aws:iam::123456789012:role/\(roleName)")
        let fetched = try await iam.getRole(name: roleName)
        let trust = try #require(fetched.assumeRolePolicyDocument)
        #expect(trust.contains("export.rds.amazonaws.com"))
        #expect(fetched.tags.contains(.managedByLakectl))

        let glueTrust = Self.trust.replacingOccurrences(of: "export.rds", with: "glue")
        try await iam.updateAssumeRolePolicy(roleName: roleName, document: glueTrust)
        #expect(try await iam.getRole(name: roleName).assumeRolePolicyDocument?.contains("glue.amazonaws.com") == true)

        let policy = try await iam.createPolicy(
            name: EmulatorClient.uniqueName("iam-attach"), document: Self.readPolicy)
        try await iam.attachRolePolicy(roleName: roleName, policyArn: policy.arn)
        #expect(try await iam.listAttachedRolePolicies(roleName: roleName).map(\.policyArn) == [policy.arn])
        #expect(try await iam.rolesAttached(toPolicy: policy.arn).map(\.roleName) == [roleName])
        // AWS refuses DeletePolicy here with DeleteConflict; moto 5.2.1 deletes anyway, so lakectl
        // checks rolesAttached itself before deleting (IAMResources.deleteManagedPolicy).

        try await iam.putRolePolicy(roleName: roleName, policyName: "inline", document: Self.writePolicy)
        #expect(try await iam.listRolePolicies(roleName: roleName) == ["inline"])
        #expect(try await iam.getRolePolicy(roleName: roleName, policyName: "inline").document.contains("s3:PutObject"))

        let busy = await #expect(throws: AWSError.self) { try await iam.deleteRole(name: roleName) }
        #expect(busy?.hasCode(IAMClient.ErrorCode.deleteConflict) == true)
        try await iam.deleteRolePolicy(roleName: roleName, policyName: "inline")
        try await iam.detachRolePolicy(roleName: roleName, policyArn: policy.arn)
        try await iam.deleteRole(name: roleName)
        try await iam.deletePolicy(arn: policy.arn)
    }
}
