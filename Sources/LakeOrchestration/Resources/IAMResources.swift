import AWSCore
import AWSServices

/// Idempotent IAM operations a pipeline calls before it needs a role: each reads what exists, compares
/// semantically (`PolicyDocument` equality), writes only what differs, and says what it did.
package struct IAMResources: Sendable {
    package let iam: IAMClient
    /// Tags put on everything created here.
    package var tags: [IAMTag] = [.managedByLakectl]

    package init(iam: IAMClient) {
        self.iam = iam
    }

    /// The same, creating with `extra` tags besides lakectl's mark (a lake file's `tags:`, which `--prune` matches
    /// to tell the file's generated roles from others). Tags are set at creation, not added to what exists.
    package func tagged(_ extra: [String: String]) -> IAMResources {
        var copy = self
        copy.tags =
            [.managedByLakectl]
            + extra.filter { $0.key != IAMTag.managedByLakectl.key }.sorted { $0.key < $1.key }.map {
                IAMTag(key: $0.key, value: $0.value)
            }
        return copy
    }

    /// A customer managed policy by name or ARN. Names are looked up in the account's local policies
    /// (all pages), because GetPolicy takes only an ARN and the account id is not known here.
    package func findPolicy(_ nameOrArn: String) async throws -> ManagedPolicy? {
        if nameOrArn.hasPrefix("arn:") {
            do {
                return try await iam.getPolicy(arn: nameOrArn)
            } catch let error as AWSError where error.hasCode(IAMClient.ErrorCode.noSuchEntity) {
                return nil
            }
        }
        for try await page in iam.listPoliciesPages(scope: .local) {
            if let policy = page.items.first(where: { $0.policyName == nameOrArn }) { return policy }
        }
        return nil
    }

    /// The document of the policy's default version.
    package func defaultDocument(of policy: ManagedPolicy) async throws -> PolicyDocument {
        let version = try await iam.getPolicyVersion(arn: policy.arn, versionId: policy.defaultVersionId)
        return try Self.parse(version.document ?? "", what: "the default version of \(policy.arn)")
    }

    static func parse(_ text: String, what: String) throws -> PolicyDocument {
        do {
            return try PolicyDocument(json: text)
        } catch {
            throw ResourceError.unreadablePolicy(what: what, error)
        }
    }
}
