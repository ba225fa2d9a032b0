/// Failures of the resource operations that are decisions rather than AWS errors: each says what was
/// refused and what to do instead.
package enum ResourceError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A policy IAM holds that lakectl cannot parse (so it cannot tell whether it differs).
    case unreadablePolicy(what: String, PolicyDocumentError)
    /// No customer managed policy has this name.
    case policyNotFound(name: String)
    /// Delete refused: the policy is still attached to these roles.
    case policyAttached(arn: String, roles: [String])

    package var description: String {
        switch self {
        case .unreadablePolicy(let what, let error):
            return "cannot read \(what): \(error)"
        case .policyNotFound(let name):
            return "no customer managed policy named \(name) in this account (list them with `lakectl iam policy list`)"
        case .policyAttached(let arn, let roles):
            return "\(arn) is attached to \(roles.count == 1 ? "role" : "roles") \(roles.joined(separator: ", ")); "
                + "detach it first (or delete the roles with `lakectl iam role delete`)"
        }
    }
}
