import AWSCore

extension FirehoseClient {
    /// Creates a DirectPut stream with an extended S3 destination and answers its ARN. The stream starts
    /// CREATING; `describeDeliveryStream` says when it is ACTIVE. `ResourceInUseException` when the name is
    /// taken.
    package func createDeliveryStream(_ request: FirehoseCreateDeliveryStreamRequest) async throws -> String {
        struct Output: Decodable { var DeliveryStreamARN: String }
        return try await call("CreateDeliveryStream", request, output: Output.self).DeliveryStreamARN
    }

    /// A stream's status and destination; `ResourceNotFoundException` for an unknown name.
    package func describeDeliveryStream(name: String) async throws -> FirehoseDeliveryStream {
        struct Input: Encodable, Sendable { var DeliveryStreamName: String }
        struct Output: Decodable { var DeliveryStreamDescription: FirehoseDeliveryStream }
        return try await call("DescribeDeliveryStream", Input(DeliveryStreamName: name), output: Output.self)
            .DeliveryStreamDescription
    }

    /// Replaces the extended S3 destination's settings with `destination` (API_UpdateDestination). Fields
    /// left nil keep their live value, so switching KMS or conversion off must be said explicitly. The
    /// version id is the one last described: `ConcurrentModificationException` when the stream changed
    /// since (or when a retried update had already gone through).
    package func updateDestination(
        name: String, versionId: String, destinationId: String, destination: FirehoseS3Destination
    ) async throws {
        struct Input: Encodable, Sendable {
            var DeliveryStreamName: String
            var CurrentDeliveryStreamVersionId: String
            var DestinationId: String
            var ExtendedS3DestinationUpdate: FirehoseS3Destination
        }
        _ = try await call(
            "UpdateDestination",
            Input(
                DeliveryStreamName: name, CurrentDeliveryStreamVersionId: versionId, DestinationId: destinationId,
                ExtendedS3DestinationUpdate: destination), output: FirehoseEmptyReply.self)
    }

    /// One page of stream names. Firehose pages by name: the next page starts after the last name of this
    /// one, so that name is the page's token while `HasMoreDeliveryStreams` is true.
    package func listDeliveryStreams(startAfter: String? = nil, limit: Int? = nil) async throws -> Page<String> {
        struct Input: Encodable, Sendable { var ExclusiveStartDeliveryStreamName: String?; var Limit: Int? }
        struct Output: Decodable { var DeliveryStreamNames: [String]?; var HasMoreDeliveryStreams: Bool? }
        let output = try await call(
            "ListDeliveryStreams", Input(ExclusiveStartDeliveryStreamName: startAfter, Limit: limit),
            output: Output.self)
        let names = output.DeliveryStreamNames ?? []
        return Page(items: names, nextToken: output.HasMoreDeliveryStreams == true ? names.last : nil)
    }

    /// Every page of stream names, fetched as iterated.
    package func listDeliveryStreamsPages(limit: Int? = nil) -> Paginator<Page<String>> {
        Paginator(
            service: Self.service.serviceId, operation: "ListDeliveryStreams",
            fetch: { token in try await self.listDeliveryStreams(startAfter: token, limit: limit) },
            nextToken: { $0.nextToken })
    }

    /// Starts deleting a stream (DELETING, then gone); `ResourceNotFoundException` for an unknown name.
    package func deleteDeliveryStream(name: String) async throws {
        struct Input: Encodable, Sendable { var DeliveryStreamName: String }
        _ = try await call("DeleteDeliveryStream", Input(DeliveryStreamName: name), output: FirehoseEmptyReply.self)
    }
}
