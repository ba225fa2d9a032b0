import AWSCore
import AWSServices

/// An IAM role: its trust policy, the managed policies it must have attached and its inline policies.
/// Policies attached or put by hand are left alone: a plan never detaches or deletes them.
package struct RoleResource: ResourceKind {
    package static let kind = "iam role"

    package struct Desired: Sendable, Equatable {
        package var name: String
        package var trust: PolicyDocument
        package var attach: [String]
        package var inline: [String: PolicyDocument]
        package var description: String?

        package init(
            name: String, trust: PolicyDocument, attach: [String] = [], inline: [String: PolicyDocument] = [:],
            description: String? = nil
        ) {
            self.name = name
            self.trust = trust
            self.attach = attach
            self.inline = inline
            self.description = description
        }
    }

    package struct Live: Sendable, Equatable {
        package var role: Role
        package var trust: PolicyDocument
        package var attached: Set<String>
        /// The inline policies the desired state names that exist, parsed.
        package var inline: [String: PolicyDocument]
    }

    package let resources: IAMResources

    package init(resources: IAMResources) {
        self.resources = resources
    }

    package func read(_ desired: Desired) async throws -> Live? {
        let iam = resources.iam
        let role: Role
        do {
            role = try await iam.getRole(name: desired.name)
        } catch let error as AWSError where error.hasCode(IAMClient.ErrorCode.noSuchEntity) {
            return nil
        }
        let trust = try IAMResources.parse(
            role.assumeRolePolicyDocument ?? "", what: "the trust policy of role \(desired.name)")
        let attached = Set(try await iam.listAttachedRolePolicies(roleName: desired.name).map(\.policyArn))
        var inline: [String: PolicyDocument] = [:]
        if !desired.inline.isEmpty {
            let names = Set(try await iam.listRolePolicies(roleName: desired.name))
            for name in desired.inline.keys.sorted() where names.contains(name) {
                let current = try await iam.getRolePolicy(roleName: desired.name, policyName: name)
                inline[name] = try IAMResources.parse(
                    current.document, what: "inline policy \(name) of role \(desired.name)")
            }
        }
        return Live(role: role, trust: trust, attached: attached, inline: inline)
    }

    package static func diff(_ desired: Desired, _ live: Live?) throws -> PlannedChange {
        var fields: [FieldChange] = []
        if live == nil {
            fields.append(FieldChange("trust policy", old: nil, new: desired.trust.canonicalJSON(pretty: false)))
        } else if let live, live.trust != desired.trust {
            fields.append(
                FieldChange(
                    "trust policy", old: live.trust.canonicalJSON(pretty: false),
                    new: desired.trust.canonicalJSON(pretty: false)))
        }
        for arn in desired.attach where live?.attached.contains(arn) != true {
            fields.append(FieldChange("attached \(arn)", old: nil, new: "attached"))
        }
        for name in desired.inline.keys.sorted() {
            guard let document = desired.inline[name] else { continue }
            let current = live?.inline[name]
            if current != document {
                fields.append(
                    FieldChange(
                        "inline policy \(name)", old: current?.canonicalJSON(pretty: false),
                        new: document.canonicalJSON(pretty: false)))
            }
        }
        guard let live else { return PlannedChange(action: .create, kind: kind, id: desired.name, fields: fields) }
        return fields.isEmpty
            ? .noop(kind: kind, id: live.role.arn)
            : PlannedChange(action: .update, kind: kind, id: live.role.arn, fields: fields)
    }

    /// Returns the role's ARN and what was done.
    package func apply(_ change: PlannedChange, desired: Desired, live: Live?) async throws -> Ensured {
        let iam = resources.iam
        switch change.action {
        case .noop:
            return Ensured(arn: live?.role.arn ?? change.id, change: .unchanged)
        case .create:
            let role: Role
            do {
                role = try await iam.createRole(
                    name: desired.name, trustPolicy: desired.trust.canonicalJSON(pretty: false),
                    description: desired.description, tags: resources.tags)
            } catch let error as AWSError where error.hasCode(IAMClient.ErrorCode.entityAlreadyExists) {
                // Found after all (a retried create that reached IAM): bring it in line like a re-run.
                guard let found = try await read(desired) else { throw error }
                let again = try Self.diff(desired, found)
                _ = try await apply(again, desired: desired, live: found)
                return Ensured(arn: found.role.arn, change: .created)
            }
            for arn in desired.attach { try await iam.attachRolePolicy(roleName: desired.name, policyArn: arn) }
            for name in desired.inline.keys.sorted() {
                guard let document = desired.inline[name] else { continue }
                try await iam.putRolePolicy(
                    roleName: desired.name, policyName: name, document: document.canonicalJSON(pretty: false))
            }
            return Ensured(arn: role.arn, change: .created)
        case .update, .delete:
            guard let live else { return try await ensure(desired) }
            if live.trust != desired.trust {
                try await iam.updateAssumeRolePolicy(
                    roleName: desired.name, document: desired.trust.canonicalJSON(pretty: false))
            }
            for arn in desired.attach where !live.attached.contains(arn) {
                try await iam.attachRolePolicy(roleName: desired.name, policyArn: arn)
            }
            for name in desired.inline.keys.sorted() {
                guard let document = desired.inline[name], live.inline[name] != document else { continue }
                try await iam.putRolePolicy(
                    roleName: desired.name, policyName: name, document: document.canonicalJSON(pretty: false))
            }
            return Ensured(arn: live.role.arn, change: change.change)
        }
    }
}
