/// An extended S3 destination, as sent in CreateDeliveryStream and read back from
/// DescribeDeliveryStream (`ExtendedS3DestinationConfiguration` / `…Description`).
package struct FirehoseS3Destination: Codable, Sendable, Equatable {
    package var roleARN: String
    package var bucketARN: String
    package var prefix: String?
    package var errorOutputPrefix: String?
    package var bufferingHints: FirehoseBufferingHints?
    /// `UNCOMPRESSED`, `GZIP`, `ZIP`, `Snappy` or `HADOOP_SNAPPY`.
    package var compressionFormat: String?

    package init(
        roleARN: String, bucketARN: String, prefix: String? = nil, errorOutputPrefix: String? = nil,
        bufferingHints: FirehoseBufferingHints? = nil, compressionFormat: String? = nil
    ) {
        self.roleARN = roleARN
        self.bucketARN = bucketARN
        self.prefix = prefix
        self.errorOutputPrefix = errorOutputPrefix
        self.bufferingHints = bufferingHints
        self.compressionFormat = compressionFormat
    }

    enum CodingKeys: String, CodingKey {
        case roleARN = "RoleARN", bucketARN = "BucketARN", prefix = "Prefix", errorOutputPrefix = "ErrorOutputPrefix"
        case bufferingHints = "BufferingHints", compressionFormat = "CompressionFormat"
    }
}
