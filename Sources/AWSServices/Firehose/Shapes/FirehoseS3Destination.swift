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
    /// The KMS key Firehose encrypts objects with; nil in a request leaves the field out.
    package var encryption: FirehoseEncryption?
    /// JSON → Parquet conversion; nil in a request leaves the field out.
    package var dataFormatConversion: FirehoseDataFormatConversion?
    /// Delivery-error logging; nil in a request leaves the field out.
    package var cloudWatchLogging: FirehoseCloudWatchLogging?

    package init(
        roleARN: String, bucketARN: String, prefix: String? = nil, errorOutputPrefix: String? = nil,
        bufferingHints: FirehoseBufferingHints? = nil, compressionFormat: String? = nil,
        encryption: FirehoseEncryption? = nil, dataFormatConversion: FirehoseDataFormatConversion? = nil,
        cloudWatchLogging: FirehoseCloudWatchLogging? = nil
    ) {
        self.roleARN = roleARN
        self.bucketARN = bucketARN
        self.prefix = prefix
        self.errorOutputPrefix = errorOutputPrefix
        self.bufferingHints = bufferingHints
        self.compressionFormat = compressionFormat
        self.encryption = encryption
        self.dataFormatConversion = dataFormatConversion
        self.cloudWatchLogging = cloudWatchLogging
    }

    enum CodingKeys: String, CodingKey {
        case roleARN = "RoleARN", bucketARN = "BucketARN", prefix = "Prefix", errorOutputPrefix = "ErrorOutputPrefix"
        case bufferingHints = "BufferingHints", compressionFormat = "CompressionFormat"
        case encryption = "EncryptionConfiguration", dataFormatConversion = "DataFormatConversionConfiguration"
        case cloudWatchLogging = "CloudWatchLoggingOptions"
    }
}
