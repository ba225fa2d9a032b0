import AWSCore

/// The Resource Groups Tagging API (https://docs.aws.amazon.com/resourcegroupstagging/latest/APIReference/): the
/// resources of many services that carry given tags, in one paginated call. `--prune` finds what lakectl made
/// this way instead of reading the tags of every bucket, key, crawler, job, stream and workgroup one by one. An
/// awsJson1.1 service (`X-Amz-Target: ResourceGroupsTaggingAPI_20170126.<Op>`), signed as `tagging`.
package struct TaggingClient: Sendable {
    package static let service = ServiceConfig(
        serviceId: "Resource Groups Tagging API", signingName: "tagging", wireProtocol: .json(version: "1.1"),
        apiVersion: "2017-01-26", jsonTargetPrefix: "ResourceGroupsTaggingAPI_20170126")

    package let client: AWSClient

    package init(client: AWSClient) {
        self.client = client
    }

    /// One tagged resource: its ARN and every tag it carries.
    package struct Resource: Sendable, Equatable {
        package var arn: String
        package var tags: [String: String]
    }

    /// Every resource of these types (`s3`, `kms`, `glue:crawler`, …) carrying each of `tags` (API_GetResources,
    /// all pages; a resource matches a filter when it carries the key with one of the values).
    package func resources(tagged tags: [String: String], types: [String]) async throws -> [Resource] {
        struct Filter: Encodable, Sendable { var Key: String; var Values: [String] }
        struct Input: Encodable, Sendable {
            var TagFilters: [Filter]; var ResourceTypeFilters: [String]; var PaginationToken: String?
            var ResourcesPerPage: Int
        }
        struct Tag: Decodable { var Key: String; var Value: String? }
        struct Mapping: Decodable { var ResourceARN: String; var Tags: [Tag]? }
        struct Output: Decodable { var ResourceTagMappingList: [Mapping]?; var PaginationToken: String? }
        let filters = tags.keys.sorted().map { Filter(Key: $0, Values: [tags[$0] ?? ""]) }
        var out: [Resource] = []
        var token: String?
        repeat {
            let page = try await client.json(
                Self.service, operation: "GetResources",
                input: Input(
                    TagFilters: filters, ResourceTypeFilters: types, PaginationToken: token, ResourcesPerPage: 100),
                output: Output.self)
            for mapping in page.ResourceTagMappingList ?? [] {
                var map: [String: String] = [:]
                for tag in mapping.Tags ?? [] { map[tag.Key] = tag.Value ?? "" }
                out.append(Resource(arn: mapping.ResourceARN, tags: map))
            }
            token = page.PaginationToken.flatMap { $0.isEmpty ? nil : $0 }
        } while token != nil
        return out
    }
}
