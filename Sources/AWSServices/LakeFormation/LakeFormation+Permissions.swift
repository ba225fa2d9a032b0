import AWSCore

extension LakeFormationClient {
    /// Grants `grant.permissions` (and, with the grant option, `grant.permissionsWithGrantOption`) on one resource.
    package func grantPermissions(_ grant: LFPrincipalPermissions, catalogId: String? = nil) async throws {
        _ = try await call("GrantPermissions", Single(grant, catalogId), output: LakeFormationEmptyReply.self)
    }

    /// Revokes them; `InvalidInputException` when the principal does not hold them on that resource.
    package func revokePermissions(_ grant: LFPrincipalPermissions, catalogId: String? = nil) async throws {
        _ = try await call("RevokePermissions", Single(grant, catalogId), output: LakeFormationEmptyReply.self)
    }

    /// Up to `maxBatchEntries` grants in one call; answers the entries that failed (the rest were applied).
    package func batchGrantPermissions(_ entries: [LFPrincipalPermissions], catalogId: String? = nil) async throws
        -> [LFBatchFailure]
    {
        try await call("BatchGrantPermissions", Batch(entries, catalogId), output: BatchReply.self).Failures ?? []
    }

    /// Up to `maxBatchEntries` revokes in one call; answers the entries that failed.
    package func batchRevokePermissions(_ entries: [LFPrincipalPermissions], catalogId: String? = nil) async throws
        -> [LFBatchFailure]
    {
        try await call("BatchRevokePermissions", Batch(entries, catalogId), output: BatchReply.self).Failures ?? []
    }

    /// One page of grants. With a principal, a resource is required (the API's rule); a Table resource also
    /// answers that table's column grants. `resourceType` is `DATABASE`, `TABLE`, `DATA_LOCATION`, ….
    package func listPermissions(
        principal: LFPrincipal? = nil, resource: LFResource? = nil, resourceType: String? = nil,
        nextToken: String? = nil, maxResults: Int? = nil
    ) async throws -> Page<LFPrincipalPermissions> {
        struct Input: Encodable, Sendable {
            var Principal: LFPrincipal?
            var Resource: LFResource?
            var ResourceType: String?
            var NextToken: String?
            var MaxResults: Int?
        }
        struct Output: Decodable { var PrincipalResourcePermissions: [LFPrincipalPermissions]?; var NextToken: String? }
        let output = try await call(
            "ListPermissions",
            Input(
                Principal: principal, Resource: resource, ResourceType: resourceType, NextToken: nextToken,
                MaxResults: maxResults),
            output: Output.self)
        return Page(items: output.PrincipalResourcePermissions ?? [], nextToken: output.NextToken)
    }

    /// Every page of grants, fetched as iterated.
    package func listPermissionsPages(
        principal: LFPrincipal? = nil, resource: LFResource? = nil, resourceType: String? = nil,
        maxResults: Int? = nil
    ) -> Paginator<Page<LFPrincipalPermissions>> {
        Paginator(
            service: Self.service.serviceId, operation: "ListPermissions",
            fetch: { token in
                try await self.listPermissions(
                    principal: principal, resource: resource, resourceType: resourceType, nextToken: token,
                    maxResults: maxResults)
            },
            nextToken: { $0.nextToken })
    }
}

private struct Single: Encodable, Sendable {
    var CatalogId: String?
    var Principal: LFPrincipal
    var Resource: LFResource
    var Permissions: [String]
    var PermissionsWithGrantOption: [String]?

    init(_ grant: LFPrincipalPermissions, _ catalogId: String?) {
        CatalogId = catalogId
        Principal = grant.principal
        Resource = grant.resource
        Permissions = grant.permissions
        PermissionsWithGrantOption = grant.permissionsWithGrantOption.isEmpty ? nil : grant.permissionsWithGrantOption
    }
}

/// Batch entries carry an `Id` so a failure can be matched to its entry: the entry's index.
private struct Batch: Encodable, Sendable {
    struct Entry: Encodable, Sendable {
        var Id: String
        var Principal: LFPrincipal
        var Resource: LFResource
        var Permissions: [String]
        var PermissionsWithGrantOption: [String]
    }
    var CatalogId: String?
    var Entries: [Entry]

    init(_ entries: [LFPrincipalPermissions], _ catalogId: String?) {
        CatalogId = catalogId
        Entries = entries.enumerated().map { index, grant in
            Entry(
                Id: String(index), Principal: grant.principal, Resource: grant.resource, Permissions: grant.permissions,
                PermissionsWithGrantOption: grant.permissionsWithGrantOption)
        }
    }
}

private struct BatchReply: Decodable { var Failures: [LFBatchFailure]? }
