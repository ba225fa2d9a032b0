import AWSCore
import AWSServices

/// A customer managed IAM policy, compared semantically with its default version. An update creates
/// a new default version; at IAM's limit of five the oldest non-default version is deleted first.
package struct ManagedPolicyResource: ResourceKind {
    package static let kind = "iam policy"

    package struct Desired: Sendable, Equatable {
        package var name: String
        package var document: PolicyDocument
        package var description: String?
        /// When false, an update that would take away something the live policy allows is refused
        /// instead of planned: other exports may depend on it (issue 9, item 4).
        package var mayNarrow: Bool

        package init(name: String, document: PolicyDocument, description: String? = nil, mayNarrow: Bool = true) {
            self.name = name
            self.document = document
            self.description = description
            self.mayNarrow = mayNarrow
        }
    }

    package struct Live: Sendable, Equatable {
        package var policy: ManagedPolicy
        package var document: PolicyDocument
    }

    package let resources: IAMResources

    package init(resources: IAMResources) {
        self.resources = resources
    }

    package func read(_ desired: Desired) async throws -> Live? {
        guard let policy = try await resources.findPolicy(desired.name) else { return nil }
        return Live(policy: policy, document: try await resources.defaultDocument(of: policy))
    }

    package static func diff(_ desired: Desired, _ live: Live?) throws -> PlannedChange {
        let new = desired.document.canonicalJSON(pretty: false)
        guard let live else {
            return PlannedChange(
                action: .create, kind: kind, id: desired.name, fields: [FieldChange("document", old: nil, new: new)])
        }
        if live.document == desired.document { return .noop(kind: kind, id: live.policy.arn) }
        if !desired.mayNarrow {
            let removed = PolicyCoverage.removed(from: live.document, by: desired.document)
            if !removed.isEmpty {
                throw ResourceError.policyWouldNarrow(arn: live.policy.arn, removed: removed)
            }
        }
        return PlannedChange(
            action: .update, kind: kind, id: live.policy.arn,
            fields: [FieldChange("document", old: live.document.canonicalJSON(pretty: false), new: new)])
    }

    /// Returns the policy's ARN and what was done.
    package func apply(_ change: PlannedChange, desired: Desired, live: Live?) async throws -> Ensured {
        let iam = resources.iam
        let text = desired.document.canonicalJSON(pretty: false)
        switch change.action {
        case .noop:
            return Ensured(arn: live?.policy.arn ?? change.id, change: .unchanged)
        case .create:
            do {
                let created = try await iam.createPolicy(
                    name: desired.name, document: text, description: desired.description, tags: resources.tags)
                return Ensured(arn: created.arn, change: .created)
            } catch let error as AWSError where error.hasCode(IAMClient.ErrorCode.entityAlreadyExists) {
                // A retried create whose first attempt reached IAM, or a concurrent run: compare with it.
                guard let found = try await read(desired) else { throw error }
                let again = try Self.diff(desired, found)
                guard again.action == .update else { return Ensured(arn: found.policy.arn, change: .created) }
                return try await apply(again, desired: desired, live: found)
            }
        case .update, .delete:
            guard let live else { return try await ensure(desired) }
            try await resources.makeRoomForVersion(policyArn: live.policy.arn)
            _ = try await iam.createPolicyVersion(arn: live.policy.arn, document: text, setAsDefault: true)
            return Ensured(arn: live.policy.arn, change: .updated(["document"]))
        }
    }
}
