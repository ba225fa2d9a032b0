import AWSCore

extension LakeFormationClient {
    /// Defines an LF-tag key and its allowed values; `AlreadyExistsException` when the key exists.
    package func createLFTag(key: String, values: [String]) async throws {
        struct Input: Encodable, Sendable { var TagKey: String; var TagValues: [String] }
        _ = try await call("CreateLFTag", Input(TagKey: key, TagValues: values), output: LakeFormationEmptyReply.self)
    }

    /// One tag key and its values; `EntityNotFoundException` when it is not defined.
    package func getLFTag(key: String) async throws -> LFTagPair {
        struct Input: Encodable, Sendable { var TagKey: String }
        return try await call("GetLFTag", Input(TagKey: key), output: LFTagPair.self)
    }

    /// Adds and removes allowed values of a key.
    package func updateLFTag(key: String, adding: [String], removing: [String]) async throws {
        struct Input: Encodable, Sendable {
            var TagKey: String
            var TagValuesToAdd: [String]?
            var TagValuesToDelete: [String]?
        }
        _ = try await call(
            "UpdateLFTag",
            Input(
                TagKey: key, TagValuesToAdd: adding.isEmpty ? nil : adding,
                TagValuesToDelete: removing.isEmpty ? nil : removing),
            output: LakeFormationEmptyReply.self)
    }

    /// Deletes a key (and its assignments); `EntityNotFoundException` when it is not defined.
    package func deleteLFTag(key: String) async throws {
        struct Input: Encodable, Sendable { var TagKey: String }
        _ = try await call("DeleteLFTag", Input(TagKey: key), output: LakeFormationEmptyReply.self)
    }

    /// One page of tag definitions.
    package func listLFTags(nextToken: String? = nil, maxResults: Int? = nil) async throws -> Page<LFTagPair> {
        struct Input: Encodable, Sendable { var NextToken: String?; var MaxResults: Int? }
        struct Output: Decodable { var LFTags: [LFTagPair]?; var NextToken: String? }
        let output = try await call(
            "ListLFTags", Input(NextToken: nextToken, MaxResults: maxResults), output: Output.self)
        return Page(items: output.LFTags ?? [], nextToken: output.NextToken)
    }

    /// Every tag definition, fetched as iterated.
    package func listLFTagsPages(maxResults: Int? = nil) -> Paginator<Page<LFTagPair>> {
        Paginator(
            service: Self.service.serviceId, operation: "ListLFTags",
            fetch: { token in try await self.listLFTags(nextToken: token, maxResults: maxResults) },
            nextToken: { $0.nextToken })
    }

    /// Assigns tags (one value per key) to a database, table or columns; answers the tags that failed.
    package func addLFTagsToResource(_ resource: LFResource, tags: [LFTagPair]) async throws -> [LFTagFailure] {
        try await call("AddLFTagsToResource", TagsInput(Resource: resource, LFTags: tags), output: TagsReply.self)
            .Failures ?? []
    }

    /// Removes assigned tags; answers the tags that failed.
    package func removeLFTagsFromResource(_ resource: LFResource, tags: [LFTagPair]) async throws -> [LFTagFailure] {
        try await call("RemoveLFTagsFromResource", TagsInput(Resource: resource, LFTags: tags), output: TagsReply.self)
            .Failures ?? []
    }

    /// The tags on a database, or on a table and its columns (a TableWithColumns resource names the columns).
    package func getResourceLFTags(_ resource: LFResource) async throws -> LFResourceTags {
        struct Input: Encodable, Sendable { var Resource: LFResource; var ShowAssignedLFTags: Bool }
        return try await call(
            "GetResourceLFTags", Input(Resource: resource, ShowAssignedLFTags: true), output: LFResourceTags.self)
    }
}

private struct TagsInput: Encodable, Sendable {
    var Resource: LFResource
    var LFTags: [LFTagPair]
}

private struct TagsReply: Decodable { var Failures: [LFTagFailure]? }
