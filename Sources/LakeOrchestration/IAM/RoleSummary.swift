import AWSServices
import Foundation

/// A role as `iam role list` shows it; `RoleDescription` adds who may assume it and its policies.
package struct RoleSummary: Sendable, Equatable {
    package var name: String
    package var arn: String
    package var path: String
    package var created: Date?

    init(_ role: Role) {
        name = role.roleName
        arn = role.arn
        path = role.path
        created = role.createDate
    }
}

/// `iam role show`: the role, the principals its trust policy allows ("Service:glue.amazonaws.com", "*"),
/// and its attached (ARNs) and inline (names) policies.
package struct RoleDescription: Sendable, Equatable {
    package var role: RoleSummary
    package var trustedBy: [String]
    package var attachedPolicies: [String]
    package var inlinePolicies: [String]
}
