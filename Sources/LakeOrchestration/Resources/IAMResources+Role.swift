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
        let trustText = trust.canonicalJSON(pretty: false)
        let role: Role
        var created = false
        do {
            role = try await iam.getRole(name: name)
        } catch let error as AWSError where error.isIAM(.noSuchEntity) {
            role = try await iam.createRole(name: name, trustPolicy: trustText, description: description, tags: tags)
            created = true
        }
        var changed: [String] = []
        if !created {
            let current = try Self.parse(role.assumeRolePolicyDocument ?? "", what: "the trust policy of role \(name)")
            if current != trust {
                try await iam.updateAssumeRolePolicy(roleName: name, document: trustText)
                changed.append("trust policy")
            }
        }
        let attached = created ? [] : Set(try await iam.listAttachedRolePolicies(roleName: name).map(\.policyArn))
        for arn in policyArns where !attached.contains(arn) {
            try await iam.attachRolePolicy(roleName: name, policyArn: arn)
            changed.append("attached \(arn)")
        }
        let inlineNames = created || inlinePolicies.isEmpty ? [] : Set(try await iam.listRolePolicies(roleName: name))
        for policyName in inlinePolicies.keys.sorted() {
            guard let document = inlinePolicies[policyName] else { continue }
            if inlineNames.contains(policyName) {
                let current = try await iam.getRolePolicy(roleName: name, policyName: policyName)
                let parsed = try Self.parse(current.document, what: "inline policy \(policyName) of role \(name)")
                if parsed == document { continue }
            }
            try await iam.putRolePolicy(
                roleName: name, policyName: policyName, document: document.canonicalJSON(pretty: false))
            changed.append("inline policy \(policyName)")
        }
        if created { return Ensured(arn: role.arn, change: .created) }
        return Ensured(arn: role.arn, change: changed.isEmpty ? .unchanged : .updated(changed))
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
