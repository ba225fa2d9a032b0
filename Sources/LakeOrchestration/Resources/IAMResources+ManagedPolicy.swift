import AWSCore
import AWSServices

extension IAMResources {
    /// IAM keeps at most five versions of a managed policy.
    package static let maxPolicyVersions = 5

    /// Creates the policy, or when it exists makes `document` its default version — only if the current
    /// default differs semantically. At the five-version limit the oldest non-default version is deleted
    /// first (the default stays, so the policy is never without one).
    package func ensureManagedPolicy(name: String, document: PolicyDocument, description: String? = nil) async throws
        -> Ensured
    {
        try await ManagedPolicyResource(resources: self).ensure(
            .init(name: name, document: document, description: description))
    }

    /// Deletes the oldest non-default version when the policy has reached the version limit.
    func makeRoomForVersion(policyArn: String) async throws {
        let versions = try await iam.listPolicyVersions(arn: policyArn)
        guard versions.count >= Self.maxPolicyVersions else { return }
        let oldest = versions.filter { !$0.isDefaultVersion }.min { a, b in
            switch (a.createDate, b.createDate) {
            case let (x?, y?) where x != y: return x < y
            default: return a.number < b.number
            }
        }
        guard let oldest else { return }
        try await iam.deletePolicyVersion(arn: policyArn, versionId: oldest.versionId)
    }

    /// Deletes a customer managed policy by name or ARN: refuses while it is attached to roles (naming
    /// them), otherwise deletes the non-default versions and then the policy, as IAM requires.
    /// Returns the ARN deleted.
    package func deleteManagedPolicy(_ nameOrArn: String) async throws -> String {
        guard let policy = try await findPolicy(nameOrArn) else { throw ResourceError.policyNotFound(name: nameOrArn) }
        let roles = try await iam.rolesAttached(toPolicy: policy.arn)
        guard roles.isEmpty else { throw ResourceError.policyAttached(arn: policy.arn, roles: roles.map(\.roleName)) }
        for version in try await iam.listPolicyVersions(arn: policy.arn) where !version.isDefaultVersion {
            try await iam.deletePolicyVersion(arn: policy.arn, versionId: version.versionId)
        }
        try await iam.deletePolicy(arn: policy.arn)
        return policy.arn
    }
}
