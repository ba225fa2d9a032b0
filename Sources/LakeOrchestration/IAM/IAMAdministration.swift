import AWSCore
import AWSServices

/// The entry points of `lakectl iam policy …` and `lakectl iam role …`: each reads, compares and writes
/// only what differs (through `IAMResources`), and returns values the CLI renders.
package struct IAMAdministration: Sendable {
    let iam: IAMClient
    let resources: IAMResources

    package init(session: LakeSession) {
        iam = session.iam
        resources = IAMResources(iam: session.iam)
    }

    // MARK: Policies

    package func createPolicy(name: String, document: PolicyDocument) async throws -> Ensured {
        try await resources.ensureManagedPolicy(name: name, document: document)
    }

    /// Deletes the policy; returns its ARN.
    package func deletePolicy(_ nameOrArn: String) async throws -> String {
        try await resources.deleteManagedPolicy(nameOrArn)
    }

    package func listPolicies(pathPrefix: String?) async throws -> [ManagedPolicySummary] {
        try await iam.allPolicies(scope: .local, pathPrefix: pathPrefix).map(ManagedPolicySummary.init)
    }

    /// The policy and the document of its default version.
    package func showPolicy(_ nameOrArn: String) async throws -> (
        policy: ManagedPolicySummary, document: PolicyDocument
    ) {
        let found = try await policy(nameOrArn)
        return (ManagedPolicySummary(found), try await resources.defaultDocument(of: found))
    }

    // MARK: Roles

    package func createRole(
        name: String, trustedServices: [String], inlinePolicy: PolicyDocument?, attach: [String]
    ) async throws -> Ensured {
        var arns: [String] = []
        for policy in attach { arns.append(try await self.policy(policy).arn) }
        var inline: [String: PolicyDocument] = [:]
        if let inlinePolicy { inline["\(name)-policy"] = inlinePolicy }
        return try await resources.ensureRole(
            name: name, trust: TrustPolicy.services(trustedServices), attach: arns, inlinePolicies: inline)
    }

    /// Attaches the managed policies not attached yet; `unchanged` when all were.
    package func attach(role name: String, policies: [String]) async throws -> Ensured {
        try await setAttached(true, role: name, policies: policies)
    }

    /// Detaches the named managed policies that are attached; `unchanged` when none was.
    package func detach(role name: String, policies: [String]) async throws -> Ensured {
        try await setAttached(false, role: name, policies: policies)
    }

    /// Brings each named policy to the wanted attachment, writing only for those not there yet.
    private func setAttached(_ wanted: Bool, role name: String, policies: [String]) async throws -> Ensured {
        let role = try await self.role(name)
        var attached = Set(try await iam.listAttachedRolePolicies(roleName: name).map(\.policyArn))
        var changed: [String] = []
        for policy in policies {
            let arn = try await self.policy(policy).arn
            guard attached.contains(arn) != wanted else { continue }
            if wanted {
                try await iam.attachRolePolicy(roleName: name, policyArn: arn)
                attached.insert(arn)
            } else {
                try await iam.detachRolePolicy(roleName: name, policyArn: arn)
                attached.remove(arn)
            }
            changed.append("\(wanted ? "attached" : "detached") \(arn)")
        }
        return Ensured(arn: role.arn, change: changed.isEmpty ? .unchanged : .updated(changed))
    }

    /// Detaches managed and deletes inline policies (IAM refuses to delete a role that has either), then the
    /// role. A role that does not exist is an error that says so.
    package func deleteRole(_ name: String) async throws -> (detached: [String], deletedInline: [String]) {
        _ = try await role(name)
        return try await resources.deleteRole(name: name)
    }

    package func listRoles(pathPrefix: String?) async throws -> [RoleSummary] {
        try await iam.allRoles(pathPrefix: pathPrefix).map(RoleSummary.init)
    }

    package func showRole(_ name: String) async throws -> RoleDescription {
        let role = try await self.role(name)
        let attached = try await iam.listAttachedRolePolicies(roleName: name)
        let inline = try await iam.listRolePolicies(roleName: name)
        var trusted: [String] = []
        if let text = role.assumeRolePolicyDocument, let trust = try? PolicyDocument(json: text) {
            for statement in trust.statements where statement.effect == .allow {
                switch statement.principal {
                case .anyone?: trusted.append("*")
                case .entities(let map)?:
                    for kind in map.keys.sorted() { trusted += (map[kind] ?? []).map { "\(kind):\($0)" } }
                case nil: break
                }
            }
        }
        return RoleDescription(
            role: RoleSummary(role), trustedBy: trusted, attachedPolicies: attached.map(\.policyArn),
            inlinePolicies: inline)
    }

    // MARK: Lookups

    private func policy(_ nameOrArn: String) async throws -> ManagedPolicy {
        guard let found = try await resources.findPolicy(nameOrArn) else {
            throw ResourceError.policyNotFound(name: nameOrArn)
        }
        return found
    }

    private func role(_ name: String) async throws -> Role {
        do {
            return try await iam.getRole(name: name)
        } catch let error as AWSError where error.hasCode(IAMClient.ErrorCode.noSuchEntity) {
            throw IAMAdministrationError.roleNotFound(name: name)
        }
    }
}
