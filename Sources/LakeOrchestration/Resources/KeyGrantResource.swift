import AWSCore
import AWSServices

/// A KMS key policy statement letting a role use the key (`KeyPolicy`). The key itself is never
/// created or deleted here; only the statement is planned, and the rest of the policy is kept.
package struct KeyGrantResource: ResourceKind {
    package static let kind = "kms key grant"

    package struct Desired: Sendable, Equatable {
        package var keyId: String
        package var roleArn: String
        package var actions: [String]

        package init(keyId: String, roleArn: String, actions: [String] = KeyPolicy.exportActions) {
            self.keyId = keyId
            self.roleArn = roleArn
            self.actions = actions
        }
    }

    /// The key's whole policy.
    package typealias Live = PolicyDocument

    package let kms: KMSClient

    package init(kms: KMSClient) {
        self.kms = kms
    }

    package func read(_ desired: Desired) async throws -> PolicyDocument? {
        let text = try await kms.getKeyPolicy(desired.keyId)
        return try IAMResources.parse(text, what: "the key policy of \(desired.keyId)")
    }

    package static func diff(_ desired: Desired, _ live: PolicyDocument?) throws -> PlannedChange {
        let id = "\(desired.keyId) for \(desired.roleArn)"
        let current = live ?? PolicyDocument(statements: [])
        guard !KeyPolicy.grants(current, roleArn: desired.roleArn, actions: desired.actions) else {
            return .noop(kind: kind, id: id)
        }
        let statement = PolicyDocument(
            statements: [KeyPolicy.grantStatement(roleArn: desired.roleArn, actions: desired.actions)])
        let old = current.statement(sid: KeyPolicy.sid(forRole: desired.roleArn))
            .map { PolicyDocument(statements: [$0]).canonicalJSON(pretty: false) }
        return PlannedChange(
            action: .update, kind: kind, id: id,
            fields: [FieldChange("key policy", old: old, new: statement.canonicalJSON(pretty: false))])
    }

    /// Returns what was done to the key policy.
    package func apply(_ change: PlannedChange, desired: Desired, live: PolicyDocument?) async throws -> Change {
        guard change.action != .noop else { return .unchanged }
        let current = live ?? PolicyDocument(statements: [])
        let (updated, changed) = KeyPolicy.granting(current, roleArn: desired.roleArn, actions: desired.actions)
        guard changed else { return .unchanged }
        try await kms.putKeyPolicy(desired.keyId, policy: updated.canonicalJSON())
        return .updated(["key policy"])
    }
}
