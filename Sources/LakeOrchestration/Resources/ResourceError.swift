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
    /// An update would take away access the live policy gives (other exports may depend on it).
    case policyWouldNarrow(arn: String, removed: [String])
    /// A Glue table with the name lakectl would write exists and is not marked `managed-by: lakectl`.
    case tableNotOwned(database: String, table: String, managedBy: String?)

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
        case .policyWouldNarrow(let arn, let removed):
            let shown = removed.prefix(5).joined(separator: ", ") + (removed.count > 5 ? ", …" : "")
            return "not changing \(arn): the new version would no longer allow \(shown); "
                + "exports still using it would fail. Delete the policy first if that is intended "
                + "(`lakectl iam policy delete`), or use another --role"
        case .tableNotOwned(let database, let table, let managedBy):
            let owner = managedBy.map { "is managed by \($0)" } ?? "has no managed-by: lakectl parameter"
            return "Glue table \(database).\(table) exists and \(owner), so lakectl did not create it; "
                + "nothing was changed. Use another --catalog database, or pass --adopt to take it over"
        case .awsManagedKey(let keyId):
            return "KMS key \(keyId) is AWS managed and its key policy cannot be changed; use a customer managed key"
        }
    }
}
