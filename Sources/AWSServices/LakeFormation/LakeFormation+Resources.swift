import AWSCore

extension LakeFormationClient {
    /// Registers an S3 location (`arn:aws:s3:::bucket/prefix`) so Lake Formation governs the data under it;
    /// without `roleArn` the service-linked role is used. `AlreadyExistsException` when already registered.
    package func registerResource(resourceArn: String, roleArn: String? = nil) async throws {
        struct Input: Encodable, Sendable {
            var ResourceArn: String
            var RoleArn: String?
            var UseServiceLinkedRole: Bool
        }
        _ = try await call(
            "RegisterResource", Input(ResourceArn: resourceArn, RoleArn: roleArn, UseServiceLinkedRole: roleArn == nil),
            output: LakeFormationEmptyReply.self)
    }

    /// Deregisters a location; `EntityNotFoundException` when it was not registered.
    package func deregisterResource(resourceArn: String) async throws {
        struct Input: Encodable, Sendable { var ResourceArn: String }
        _ = try await call("DeregisterResource", Input(ResourceArn: resourceArn), output: LakeFormationEmptyReply.self)
    }

    /// One page of registered locations.
    package func listResources(nextToken: String? = nil, maxResults: Int? = nil) async throws
        -> Page<LFRegisteredResource>
    {
        struct Input: Encodable, Sendable { var NextToken: String?; var MaxResults: Int? }
        struct Output: Decodable { var ResourceInfoList: [LFRegisteredResource]?; var NextToken: String? }
        let output = try await call(
            "ListResources", Input(NextToken: nextToken, MaxResults: maxResults), output: Output.self)
        return Page(items: output.ResourceInfoList ?? [], nextToken: output.NextToken)
    }

    /// Every registered location, fetched as iterated.
    package func listResourcesPages(maxResults: Int? = nil) -> Paginator<Page<LFRegisteredResource>> {
        Paginator(
            service: Self.service.serviceId, operation: "ListResources",
            fetch: { token in try await self.listResources(nextToken: token, maxResults: maxResults) },
            nextToken: { $0.nextToken })
    }
}
