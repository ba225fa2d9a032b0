import AWSCore

/// Aliases: the stable names operators pass as `--kms-key alias/...`.
extension KMSClient {
    private struct ListAliasesInput: Encodable {
        var KeyId: String?
        var Marker: String?
        var Limit: Int?
    }

    private struct CreateAliasInput: Encodable {
        var AliasName: String
        var TargetKeyId: String
    }

    /// One page of ListAliases (all aliases, or those of `keyId`).
    package func listAliasesPage(keyId: String? = nil, marker: String? = nil, limit: Int? = nil) async throws
        -> Page<KMSAlias>
    {
        let reply = try await client.json(
            Self.service, operation: "ListAliases", input: ListAliasesInput(KeyId: keyId, Marker: marker, Limit: limit),
            output: KMSAliasReply.self)
        return Page(items: reply.aliases, nextToken: reply.nextMarker)
    }

    /// Every alias, all pages.
    package func allAliases(keyId: String? = nil) async throws -> [KMSAlias] {
        try await listAliasesPages(keyId: keyId).collect().flatMap(\.items)
    }

    /// Every page of ListAliases, fetched as iterated.
    package func listAliasesPages(keyId: String? = nil) -> Paginator<Page<KMSAlias>> {
        Paginator(
            service: Self.service.serviceId, operation: "ListAliases",
            fetch: { marker in try await listAliasesPage(keyId: keyId, marker: marker) },
            nextToken: { $0.nextToken })
    }

    /// `aliasName` must start with `alias/` (and not `alias/aws/`). Throws `AlreadyExistsException`.
    package func createAlias(_ aliasName: String, targetKeyId: String) async throws {
        _ = try await client.json(
            Self.service, operation: "CreateAlias",
            input: CreateAliasInput(AliasName: aliasName, TargetKeyId: targetKeyId),
            output: KMSEmptyReply.self)
    }
}

extension KMSClient {
    private struct DeleteAliasInput: Encodable {
        var AliasName: String
    }

    /// Removes an alias (the key stays); `NotFoundException` when there is no such alias (API_DeleteAlias).
    package func deleteAlias(_ aliasName: String) async throws {
        _ = try await client.json(
            Self.service, operation: "DeleteAlias", input: DeleteAliasInput(AliasName: aliasName),
            output: KMSEmptyReply.self)
    }
}
