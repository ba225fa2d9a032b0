import AWSCore
import AWSServices

extension IAMResources {
    /// Creates the role, or brings an existing one in line: the trust policy is replaced only when it
    /// differs semantically, missing managed policies are attached, and inline policies are put when
    /// absent or different. Policies attached by hand are left alone (never detached here).
    package func ensureRole(
        name: String, trust: PolicyDocument, attach policyArns: [String] = [],
        inlinePolicies: [String: PolicyDocument] = [:], description: String? = nil
    ) async throws -> Ensured {
        try await RoleResource(resources: self).ensure(
            .init(name: name, trust: trust, attach: policyArns, inline: inlinePolicies, description: description))
    }

    /// Deletes a role the way IAM requires: detach every managed policy, delete every inline policy, then
    /// the role. Returns what was removed with it.
    package func deleteRole(name: String) async throws -> (detached: [String], deletedInline: [String]) {
        let attached = try await iam.listAttachedRolePolicies(roleName: name)
        for policy in attached {
            try await iam.detachRolePolicy(roleName: name, policyArn: policy.policyArn)
        }
        let inline = try await iam.listRolePolicies(roleName: name)
        for policyName in inline {
            try await iam.deleteRolePolicy(roleName: name, policyName: policyName)
        }
        try await iam.deleteRole(name: name)
        return (attached.map(\.policyArn), inline)
    }
}
