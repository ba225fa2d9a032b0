/// The input of CreateDeliveryStream for a DirectPut stream writing to S3 (API_CreateDeliveryStream).
package struct FirehoseCreateDeliveryStreamRequest: Encodable, Sendable, Equatable {
    package var name: String
    package var destination: FirehoseS3Destination
    package var tags: [String: String]

    package init(name: String, destination: FirehoseS3Destination, tags: [String: String] = [:]) {
        self.name = name
        self.destination = destination
        self.tags = tags
    }

    private struct Tag: Encodable { var Key: String; var Value: String }

    enum CodingKeys: String, CodingKey {
        case name = "DeliveryStreamName", type = "DeliveryStreamType"
        case destination = "ExtendedS3DestinationConfiguration", tags = "Tags"
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode("DirectPut", forKey: .type)
        try container.encode(destination, forKey: .destination)
        if !tags.isEmpty {
            try container.encode(tags.keys.sorted().map { Tag(Key: $0, Value: tags[$0] ?? "") }, forKey: .tags)
        }
    }
}
