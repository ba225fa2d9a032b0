import AWSCore

/// Roles and their trust policies.
extension IAMClient {
    /// Creates a role that the principals in `trustPolicy` may assume. Throws `EntityAlreadyExists`,
    /// `MalformedPolicyDocument`.
    package func createRole(
        name: String, trustPolicy: String, path: String? = nil, description: String? = nil,
        maxSessionDuration: Int? = nil, tags: [IAMTag] = [.managedByLakectl]
    ) async throws -> Role {
        let operation = "CreateRole"
        var parameters = [("RoleName", name), ("AssumeRolePolicyDocument", trustPolicy)]
        if let path { parameters.append(("Path", path)) }
        if let description { parameters.append(("Description", description)) }
        if let maxSessionDuration { parameters.append(("MaxSessionDuration", String(maxSessionDuration))) }
        parameters += Self.tagParameters(tags)
        let result = try await client.query(Self.service, action: operation, parameters: parameters)
        guard let role = result.child("Role") else {
            throw AWSClientError.invalidResponse(
                service: Self.service.serviceId, operation: operation, reason: "the reply has no Role")
        }
        return try self.role(role, operation: operation)
    }

    /// The role with its trust policy. Throws `NoSuchEntity`.
    package func getRole(name: String) async throws -> Role {
        let operation = "GetRole"
        let result = try await client.query(Self.service, action: operation, parameters: [("RoleName", name)])
        guard let role = result.child("Role") else {
            throw AWSClientError.invalidResponse(
                service: Self.service.serviceId, operation: operation, reason: "the reply has no Role")
        }
        return try self.role(role, operation: operation)
    }

    /// Replaces the trust policy.
    package func updateAssumeRolePolicy(roleName: String, document: String) async throws {
        _ = try await client.query(
            Self.service, action: "UpdateAssumeRolePolicy",
            parameters: [("RoleName", roleName), ("PolicyDocument", document)])
    }

    /// Deletes a role. IAM refuses (`DeleteConflict`) while policies are attached or inline policies
    /// remain; remove those first.
    package func deleteRole(name: String) async throws {
        _ = try await client.query(Self.service, action: "DeleteRole", parameters: [("RoleName", name)])
    }

    /// One page of ListRoles.
    package func listRolesPage(pathPrefix: String? = nil, marker: String? = nil, maxItems: Int? = nil) async throws
        -> Page<Role>
    {
        let operation = "ListRoles"
        var parameters: [(String, String)] = []
        if let pathPrefix { parameters.append(("PathPrefix", pathPrefix)) }
        parameters += Self.pagingParameters(marker: marker, maxItems: maxItems)
        let result = try await client.query(Self.service, action: operation, parameters: parameters)
        return try Self.page(result, listName: "Roles") { try role($0, operation: operation) }
    }

    /// ListRoles page by page.
    package func listRolesPages(pathPrefix: String? = nil) -> Paginator<Page<Role>> {
        Paginator(
            service: Self.service.serviceId, operation: "ListRoles",
            fetch: { marker in try await listRolesPage(pathPrefix: pathPrefix, marker: marker) },
            nextToken: { $0.nextToken })
    }

    /// Every role, all pages.
    package func allRoles(pathPrefix: String? = nil) async throws -> [Role] {
        try await listRolesPages(pathPrefix: pathPrefix).collect().flatMap(\.items)
    }
}
