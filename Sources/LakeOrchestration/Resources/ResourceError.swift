/// Failures of the resource operations that are decisions rather than AWS errors: each says what was
/// refused and what to do instead.
package enum ResourceError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A policy IAM holds that lakectl cannot parse (so it cannot tell whether it differs).
    case unreadablePolicy(what: String, PolicyDocumentError)
    /// No customer managed policy has this name.
    case policyNotFound(name: String)
    /// Delete refused: the policy is still attached to these roles.
    case policyAttached(arn: String, roles: [String])
    /// The key exists but cannot be used for an export now (disabled, pending deletion, ...).
    case keyNotUsable(keyId: String, state: String)
    /// An AWS managed key (`aws/s3`, ...): its policy cannot be changed, so no role can be added to it.
    case awsManagedKey(keyId: String)
    /// An asymmetric or HMAC key, which RDS cannot export with.
    case keyNotSymmetric(keyId: String, keySpec: String)

    package var description: String {
        switch self {
        case .unreadablePolicy(let what, let error):
            return "cannot read \(what): \(error)"
        case .policyNotFound(let name):
            return "no customer managed policy named \(name) in this account (list them with `lakectl iam policy list`)"
        case .policyAttached(let arn, let roles):
            return "\(arn) is attached to \(roles.count == 1 ? "role" : "roles") \(roles.joined(separator: ", ")); "
                + "detach it first (or delete the roles with `lakectl iam role delete`)"
        case .keyNotUsable(let keyId, let state):
            return
                "KMS key \(keyId) is \(state), not Enabled; enable it (aws kms enable-key, or cancel its deletion) or pass another key"
        case .keyNotSymmetric(let keyId, let keySpec):
            return "KMS key \(keyId) is \(keySpec); RDS exports need a symmetric encryption key (SYMMETRIC_DEFAULT)"
        case .awsManagedKey(let keyId):
            return "KMS key \(keyId) is AWS managed and its key policy cannot be changed; use a customer managed key"
        }
    }
}
