import AWSCore

/// Policies of a role: attached managed policies and inline policies.
extension IAMClient {
    /// Attaches a managed policy (attaching one already attached is a no-op). Throws `LimitExceeded`
    /// past the per-role quota, `NoSuchEntity`.
    package func attachRolePolicy(roleName: String, policyArn: String) async throws {
        _ = try await client.query(
            Self.service, action: "AttachRolePolicy", parameters: [("RoleName", roleName), ("PolicyArn", policyArn)])
    }

    /// Detaches a managed policy. Throws `NoSuchEntity` when it is not attached.
    package func detachRolePolicy(roleName: String, policyArn: String) async throws {
        _ = try await client.query(
            Self.service, action: "DetachRolePolicy", parameters: [("RoleName", roleName), ("PolicyArn", policyArn)])
    }

    /// The managed policies attached to a role, all pages.
    package func listAttachedRolePolicies(roleName: String) async throws -> [AttachedPolicy] {
        let operation = "ListAttachedRolePolicies"
        let paginator = Paginator<Page<AttachedPolicy>>(
            service: Self.service.serviceId, operation: operation,
            fetch: { marker in
                let parameters = [("RoleName", roleName)] + Self.pagingParameters(marker: marker, maxItems: nil)
                let result = try await client.query(Self.service, action: operation, parameters: parameters)
                return try Self.page(result, listName: "AttachedPolicies") {
                    AttachedPolicy(
                        policyName: try required($0, "PolicyName", operation: operation),
                        policyArn: try required($0, "PolicyArn", operation: operation))
                }
            },
            nextToken: { $0.nextToken })
        return try await paginator.collect().flatMap(\.items)
    }

    /// Adds or replaces an inline policy.
    package func putRolePolicy(roleName: String, policyName: String, document: String) async throws {
        _ = try await client.query(
            Self.service, action: "PutRolePolicy",
            parameters: [("RoleName", roleName), ("PolicyName", policyName), ("PolicyDocument", document)])
    }

    /// An inline policy, its document URL-decoded. Throws `NoSuchEntity`.
    package func getRolePolicy(roleName: String, policyName: String) async throws -> RoleInlinePolicy {
        let operation = "GetRolePolicy"
        let result = try await client.query(
            Self.service, action: operation, parameters: [("RoleName", roleName), ("PolicyName", policyName)])
        return RoleInlinePolicy(
            roleName: result.string("RoleName") ?? roleName,
            policyName: result.string("PolicyName") ?? policyName,
            document: Self.decodeDocument(try required(result, "PolicyDocument", operation: operation)))
    }

    package func deleteRolePolicy(roleName: String, policyName: String) async throws {
        _ = try await client.query(
            Self.service, action: "DeleteRolePolicy", parameters: [("RoleName", roleName), ("PolicyName", policyName)])
    }

    /// The names of a role's inline policies, all pages.
    package func listRolePolicies(roleName: String) async throws -> [String] {
        let operation = "ListRolePolicies"
        let paginator = Paginator<Page<String>>(
            service: Self.service.serviceId, operation: operation,
            fetch: { marker in
                let parameters = [("RoleName", roleName)] + Self.pagingParameters(marker: marker, maxItems: nil)
                let result = try await client.query(Self.service, action: operation, parameters: parameters)
                return Self.page(result, listName: "PolicyNames") { $0.text }
            },
            nextToken: { $0.nextToken })
        return try await paginator.collect().flatMap(\.items)
    }
}
