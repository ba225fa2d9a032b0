import AWSCore
import Foundation

/// A customer managed policy (the `Policy` shape): its identity and which version is in force. The
/// document itself lives in a `PolicyVersion`.
package struct ManagedPolicy: Sendable, Equatable {
    package var policyName: String
    package var policyId: String
    package var arn: String
    package var path: String
    package var defaultVersionId: String
    package var attachmentCount: Int
    package var isAttachable: Bool
    package var description: String?
    package var createDate: Date?
    package var updateDate: Date?
    package var tags: [IAMTag]

    package init(
        policyName: String, policyId: String, arn: String, path: String = "/", defaultVersionId: String,
        attachmentCount: Int = 0, isAttachable: Bool = true, description: String? = nil, createDate: Date? = nil,
        updateDate: Date? = nil, tags: [IAMTag] = []
    ) {
        self.policyName = policyName
        self.policyId = policyId
        self.arn = arn
        self.path = path
        self.defaultVersionId = defaultVersionId
        self.attachmentCount = attachmentCount
        self.isAttachable = isAttachable
        self.description = description
        self.createDate = createDate
        self.updateDate = updateDate
        self.tags = tags
    }
}

/// A role or policy attached to a managed policy (ListEntitiesForPolicy's `PolicyRoles`).
package struct PolicyRoleReference: Sendable, Equatable {
    package var roleName: String
    package var roleId: String?

    package init(roleName: String, roleId: String? = nil) {
        self.roleName = roleName
        self.roleId = roleId
    }
}
