import AWSServices

/// `stream show`: a delivery stream as the CLI renders it, free of the service's shapes.
package struct StreamDescription: Sendable, Equatable {
    package var name: String
    package var arn: String
    package var status: String
    package var bucketArn: String?
    package var prefix: String?
    package var errorPrefix: String?
    package var compression: String?
    package var roleArn: String?
    package var bufferSizeMB: Int?
    package var bufferIntervalSeconds: Int?
    /// `DB.T` when Firehose converts records with that Glue table's schema.
    package var parquetTable: String?
    /// `Parquet` or `ORC`, when converting.
    package var conversionFormat: String?
    /// The key Firehose encrypts objects with; nil means the bucket's default encryption applies.
    package var kmsKeyArn: String?
    /// `group/stream` Firehose logs delivery errors to, when logging is on.
    package var logging: String?

    init(_ stream: FirehoseDeliveryStream) {
        name = stream.name
        arn = stream.arn
        status = stream.status
        let destination = stream.s3Destination
        bucketArn = destination?.bucketARN
        prefix = destination?.prefix
        errorPrefix = destination?.errorOutputPrefix
        compression = destination?.compressionFormat
        roleArn = destination?.roleARN
        bufferSizeMB = destination?.bufferingHints?.sizeInMBs
        bufferIntervalSeconds = destination?.bufferingHints?.intervalInSeconds
        parquetTable = destination?.dataFormatConversion?.table
        conversionFormat = parquetTable == nil ? nil : destination?.dataFormatConversion?.outputFormat
        kmsKeyArn = destination?.encryption?.kmsKeyARN
        if let options = destination?.cloudWatchLogging, options.enabled {
            logging = "\(options.logGroupName ?? "?")/\(options.logStreamName ?? "?")"
        }
    }
}
