import AWSCore

/// Reading IAM's XML shapes into values, shared by the operations that return them.
extension IAMClient {
    func managedPolicy(_ element: XElement, operation: String) throws -> ManagedPolicy {
        ManagedPolicy(
            policyName: try required(element, "PolicyName", operation: operation),
            policyId: element.string("PolicyId") ?? "",
            arn: try required(element, "Arn", operation: operation),
            path: element.string("Path") ?? "/",
            defaultVersionId: element.string("DefaultVersionId") ?? "",
            attachmentCount: element.string("AttachmentCount").flatMap { Int($0) } ?? 0,
            isAttachable: element.string("IsAttachable")?.lowercased() != "false",
            description: element.string("Description"),
            createDate: Self.date(element, "CreateDate"),
            updateDate: Self.date(element, "UpdateDate"),
            tags: Self.tags(element))
    }

    func policyVersion(_ element: XElement, operation: String) throws -> PolicyVersion {
        PolicyVersion(
            versionId: try required(element, "VersionId", operation: operation),
            isDefaultVersion: element.string("IsDefaultVersion")?.lowercased() == "true",
            createDate: Self.date(element, "CreateDate"),
            document: element.string("Document").map(Self.decodeDocument))
    }

    func role(_ element: XElement, operation: String) throws -> Role {
        Role(
            roleName: try required(element, "RoleName", operation: operation),
            roleId: element.string("RoleId") ?? "",
            arn: try required(element, "Arn", operation: operation),
            path: element.string("Path") ?? "/",
            createDate: Self.date(element, "CreateDate"),
            assumeRolePolicyDocument: element.string("AssumeRolePolicyDocument").map(Self.decodeDocument),
            description: element.string("Description"),
            maxSessionDuration: element.string("MaxSessionDuration").flatMap { Int($0) },
            tags: Self.tags(element))
    }

    static func tags(_ element: XElement) -> [IAMTag] {
        (element.child("Tags")?.children(named: "member") ?? []).compactMap { member in
            guard let key = member.string("Key") else { return nil }
            return IAMTag(key: key, value: member.string("Value") ?? "")
        }
    }
}
