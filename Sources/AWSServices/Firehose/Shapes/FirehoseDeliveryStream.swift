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

    package init(
        name: String, arn: String, status: String, type: String? = nil, createTimestamp: Date? = nil,
        s3Destination: FirehoseS3Destination? = nil
    ) {
        self.name = name
        self.arn = arn
        self.status = status
        self.type = type
        self.createTimestamp = createTimestamp
        self.s3Destination = s3Destination
    }

    package var isActive: Bool { status == "ACTIVE" }

    private struct Destination: Decodable {
        var ExtendedS3DestinationDescription: FirehoseS3Destination?
    }

    enum CodingKeys: String, CodingKey {
        case name = "DeliveryStreamName", arn = "DeliveryStreamARN", status = "DeliveryStreamStatus"
        case type = "DeliveryStreamType", createTimestamp = "CreateTimestamp", destinations = "Destinations"
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        arn = try container.decode(String.self, forKey: .arn)
        status = try container.decode(String.self, forKey: .status)
        type = try container.decodeIfPresent(String.self, forKey: .type)
        createTimestamp = try container.decodeIfPresent(Date.self, forKey: .createTimestamp)
        let destinations = try container.decodeIfPresent([Destination].self, forKey: .destinations) ?? []
        s3Destination = destinations.lazy.compactMap(\.ExtendedS3DestinationDescription).first
    }
}
