import AWSCore

/// Customer managed policies: create, read, list, find who uses them, delete.
extension IAMClient {
    /// Which policies ListPolicies returns: `local` is the account's own (customer managed) policies.
    package enum PolicyScope: String, Sendable {
        case all = "All"
        case aws = "AWS"
        case local = "Local"
    }

    /// Creates a managed policy whose default version is `document` (v1).
    /// Throws `EntityAlreadyExists` when the name is taken at that path, `MalformedPolicyDocument`.
    package func createPolicy(
        name: String, document: String, path: String? = nil, description: String? = nil,
        tags: [IAMTag] = [.managedByLakectl]
    ) async throws -> ManagedPolicy {
        let operation = "CreatePolicy"
        var parameters = [("PolicyName", name), ("PolicyDocument", document)]
        if let path { parameters.append(("Path", path)) }
        if let description { parameters.append(("Description", description)) }
        parameters += Self.tagParameters(tags)
        let result = try await client.query(Self.service, action: operation, parameters: parameters)
        guard let policy = result.child("Policy") else {
            throw AWSClientError.invalidResponse(
                service: Self.service.serviceId, operation: operation, reason: "the reply has no Policy")
        }
        return try managedPolicy(policy, operation: operation)
    }

    /// The policy's metadata, including `defaultVersionId`. Throws `NoSuchEntity`.
    package func getPolicy(arn: String) async throws -> ManagedPolicy {
        let operation = "GetPolicy"
        let result = try await client.query(Self.service, action: operation, parameters: [("PolicyArn", arn)])
        guard let policy = result.child("Policy") else {
            throw AWSClientError.invalidResponse(
                service: Self.service.serviceId, operation: operation, reason: "the reply has no Policy")
        }
        return try managedPolicy(policy, operation: operation)
    }

    /// One page of ListPolicies.
    package func listPoliciesPage(
        scope: PolicyScope = .local, pathPrefix: String? = nil, onlyAttached: Bool = false, marker: String? = nil,
        maxItems: Int? = nil
    ) async throws -> Page<ManagedPolicy> {
        let operation = "ListPolicies"
        var parameters = [("Scope", scope.rawValue)]
        if let pathPrefix { parameters.append(("PathPrefix", pathPrefix)) }
        if onlyAttached { parameters.append(("OnlyAttached", "true")) }
        parameters += Self.pagingParameters(marker: marker, maxItems: maxItems)
        let result = try await client.query(Self.service, action: operation, parameters: parameters)
        return try Self.page(result, listName: "Policies") { try managedPolicy($0, operation: operation) }
    }

    /// ListPolicies page by page, following `Marker` while `IsTruncated`.
    package func listPoliciesPages(scope: PolicyScope = .local, pathPrefix: String? = nil) -> Paginator<
        Page<ManagedPolicy>
    > {
        Paginator(
            service: Self.service.serviceId, operation: "ListPolicies",
            fetch: { marker in try await listPoliciesPage(scope: scope, pathPrefix: pathPrefix, marker: marker) },
            nextToken: { $0.nextToken })
    }

    /// Every policy of the scope, all pages.
    package func allPolicies(scope: PolicyScope = .local, pathPrefix: String? = nil) async throws -> [ManagedPolicy] {
        try await listPoliciesPages(scope: scope, pathPrefix: pathPrefix).collect().flatMap(\.items)
    }

    /// The roles a managed policy is attached to (ListEntitiesForPolicy with `EntityFilter=Role`), all
    /// pages: what blocks a delete with `DeleteConflict`.
    package func rolesAttached(toPolicy arn: String) async throws -> [PolicyRoleReference] {
        let operation = "ListEntitiesForPolicy"
        let paginator = Paginator<Page<PolicyRoleReference>>(
            service: Self.service.serviceId, operation: operation,
            fetch: { marker in
                let parameters =
                    [("PolicyArn", arn), ("EntityFilter", "Role")]
                    + Self.pagingParameters(marker: marker, maxItems: nil)
                let result = try await client.query(Self.service, action: operation, parameters: parameters)
                return try Self.page(result, listName: "PolicyRoles") {
                    PolicyRoleReference(
                        roleName: try required($0, "RoleName", operation: operation), roleId: $0.string("RoleId"))
                }
            },
            nextToken: { $0.nextToken })
        return try await paginator.collect().flatMap(\.items)
    }

    /// Deletes a managed policy. IAM refuses (`DeleteConflict`) while it is attached anywhere or has
    /// non-default versions; delete those first.
    package func deletePolicy(arn: String) async throws {
        _ = try await client.query(Self.service, action: "DeletePolicy", parameters: [("PolicyArn", arn)])
    }
}
