import AWSCore

/// Every key of the account and a key's tags: how an interrupted create finds the key it already made
/// (CreateKey has no idempotency token), and a key's description changed in place.
extension KMSClient {
    private struct MarkerInput: Encodable {
        var KeyId: String?
        var Marker: String?
    }

    private struct ListKeysReply: Decodable {
        struct Entry: Decodable { var KeyId: String }
        var Keys: [Entry]?
        var NextMarker: String?
        var Truncated: Bool?
    }

    private struct ListTagsReply: Decodable {
        var Tags: [KMSTag]?
        var NextMarker: String?
        var Truncated: Bool?
    }

    /// The id of every key in the account and region (API_ListKeys, all pages).
    package func allKeyIds() async throws -> [String] {
        var ids: [String] = []
        var marker: String?
        repeat {
            let page = try await client.json(
                Self.service, operation: "ListKeys", input: MarkerInput(KeyId: nil, Marker: marker),
                output: ListKeysReply.self)
            ids += (page.Keys ?? []).map(\.KeyId)
            marker = page.Truncated == true ? page.NextMarker : nil
        } while marker != nil
        return ids
    }

    /// A key's tags (API_ListResourceTags, all pages).
    package func keyTags(_ keyId: String) async throws -> [KMSTag] {
        var tags: [KMSTag] = []
        var marker: String?
        repeat {
            let page = try await client.json(
                Self.service, operation: "ListResourceTags", input: MarkerInput(KeyId: keyId, Marker: marker),
                output: ListTagsReply.self)
            tags += page.Tags ?? []
            marker = page.Truncated == true ? page.NextMarker : nil
        } while marker != nil
        return tags
    }

    private struct DescriptionInput: Encodable {
        var KeyId: String
        var Description: String
    }

    /// Replaces a key's description (API_UpdateKeyDescription).
    package func updateKeyDescription(_ keyId: String, _ description: String) async throws {
        _ = try await client.json(
            Self.service, operation: "UpdateKeyDescription",
            input: DescriptionInput(KeyId: keyId, Description: description), output: KMSEmptyReply.self)
    }
}
