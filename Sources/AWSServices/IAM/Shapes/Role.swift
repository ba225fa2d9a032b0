import Foundation

/// An IAM role. `assumeRolePolicyDocument` (the trust policy) is URL-decoded JSON; ListRoles may omit it.
package struct Role: Sendable, Equatable {
    package var roleName: String
    package var roleId: String
    package var arn: String
    package var path: String
    package var createDate: Date?
    package var assumeRolePolicyDocument: String?
    package var description: String?
    package var maxSessionDuration: Int?
    package var tags: [IAMTag]

    package init(
        roleName: String, roleId: String, arn: String, path: String = "/", createDate: Date? = nil,
        assumeRolePolicyDocument: String? = nil, description: String? = nil, maxSessionDuration: Int? = nil,
        tags: [IAMTag] = []
    ) {
        self.roleName = roleName
        self.roleId = roleId
        self.arn = arn
        self.path = path
        self.createDate = createDate
        self.assumeRolePolicyDocument = assumeRolePolicyDocument
        self.description = description
        self.maxSessionDuration = maxSessionDuration
        self.tags = tags
    }
}

/// A managed policy attached to a role (ListAttachedRolePolicies' `AttachedPolicies`).
package struct AttachedPolicy: Sendable, Equatable, Hashable {
    package var policyName: String
    package var policyArn: String

    package init(policyName: String, policyArn: String) {
        self.policyName = policyName
        self.policyArn = policyArn
    }
}

/// An inline policy of a role (GetRolePolicy), its document URL-decoded.
package struct RoleInlinePolicy: Sendable, Equatable {
    package var roleName: String
    package var policyName: String
    package var document: String

    package init(roleName: String, policyName: String, document: String) {
        self.roleName = roleName
        self.policyName = policyName
        self.document = document
    }
}
