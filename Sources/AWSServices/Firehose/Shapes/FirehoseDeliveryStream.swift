import Foundation

/// DescribeDeliveryStream's `DeliveryStreamDescription`: the fields lakectl reads.
package struct FirehoseDeliveryStream: Decodable, Sendable, Equatable {
    package var name: String
    package var arn: String
    /// `CREATING`, `ACTIVE`, `DELETING`, `CREATING_FAILED`, `DELETING_FAILED`.
    package var status: String
    package var type: String?
    package var createTimestamp: Date?
    /// The extended S3 destination, when the stream has one.
    package var s3Destination: FirehoseS3Destination?
    /// What UpdateDestination must quote: the configuration's version, and the destination's id.
    package var versionId: String?
    package var destinationId: String?

    package init(
        name: String, arn: String, status: String, type: String? = nil, createTimestamp: Date? = nil,
        s3Destination: FirehoseS3Destination? = nil, versionId: String? = nil, destinationId: String? = nil
    ) {
        self.name = name
        self.arn = arn
        self.status = status
        self.type = type
        self.createTimestamp = createTimestamp
        self.s3Destination = s3Destination
        self.versionId = versionId
        self.destinationId = destinationId
    }

    package var isActive: Bool { status == "ACTIVE" }

    private struct Destination: Decodable {
        var DestinationId: String?
        var ExtendedS3DestinationDescription: FirehoseS3Destination?
    }

    enum CodingKeys: String, CodingKey {
        case name = "DeliveryStreamName", arn = "DeliveryStreamARN", status = "DeliveryStreamStatus"
        case type = "DeliveryStreamType", createTimestamp = "CreateTimestamp", destinations = "Destinations"
        case versionId = "VersionId"
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        arn = try container.decode(String.self, forKey: .arn)
        status = try container.decode(String.self, forKey: .status)
        type = try container.decodeIfPresent(String.self, forKey: .type)
        createTimestamp = try container.decodeIfPresent(Date.self, forKey: .createTimestamp)
        let destinations = try container.decodeIfPresent([Destination].self, forKey: .destinations) ?? []
        let s3 = destinations.first { $0.ExtendedS3DestinationDescription != nil }
        s3Destination = s3?.ExtendedS3DestinationDescription
        destinationId = s3?.DestinationId
        versionId = try container.decodeIfPresent(String.self, forKey: .versionId)
    }
}
