/// Refusals of the IAM commands that are decisions rather than AWS errors; each says what to do instead.
package enum IAMAdministrationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The role named does not exist.
    case roleNotFound(name: String)

    package var description: String {
        switch self {
        case .roleNotFound(let name):
            return "role \(name) does not exist in this account (list roles with `lakectl iam role list`)"
        }
    }
}
