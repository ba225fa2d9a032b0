import AWSServices

/// What `lakectl stream create` asks for, validated before any call with the rules Firehose would apply
/// later (API_CreateDeliveryStream, API_BufferingHints; AWS-NOTES B4).
package struct StreamSpec: Sendable, Equatable {
    package var name: String
    package var bucket: String
    package var prefix: String?
    package var errorPrefix: String?
    package var bufferSizeMB: Int
    package var bufferIntervalSeconds: Int
    /// `UNCOMPRESSED`, `GZIP`, `ZIP`, `Snappy` or `HADOOP_SNAPPY`.
    package var compression: String

    package static let compressions = ["UNCOMPRESSED", "GZIP", "ZIP", "Snappy", "HADOOP_SNAPPY"]

    package init(
        name: String, bucket: String, prefix: String? = nil, errorPrefix: String? = nil, bufferSizeMB: Int = 64,
        bufferIntervalSeconds: Int = 300, compression: String = "UNCOMPRESSED"
    ) {
        self.name = name
        self.bucket = bucket
        self.prefix = prefix.flatMap { $0.isEmpty ? nil : $0 }
        self.errorPrefix = errorPrefix.flatMap { $0.isEmpty ? nil : $0 }
        self.bufferSizeMB = bufferSizeMB
        self.bufferIntervalSeconds = bufferIntervalSeconds
        self.compression = compression
    }

    package func validate() throws {
        let nameOK =
            (1...64).contains(name.count)
            && name.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                    || "_.-".unicodeScalars
                        .contains($0)
            }
        guard nameOK else {
            throw StreamSpecError.invalid(
                "stream name \"\(name)\" must be 1 to 64 letters, digits, '_', '.' or '-'")
        }
        guard !bucket.isEmpty else { throw StreamSpecError.invalid("--bucket is required") }
        guard (1...128).contains(bufferSizeMB) else {
            throw StreamSpecError.invalid("--buffer-size must be 1 to 128 MB (Firehose's range), not \(bufferSizeMB)")
        }
        guard (0...900).contains(bufferIntervalSeconds) else {
            throw StreamSpecError.invalid(
                "--buffer-interval must be 0 to 900 seconds (Firehose's range), not \(bufferIntervalSeconds)")
        }
        guard Self.compressions.contains(compression) else {
            throw StreamSpecError.invalid(
                "--compression \(compression) is not one of \(Self.compressions.joined(separator: ", "))")
        }
        if let prefix, prefix.contains("!{"), errorPrefix == nil {
            throw StreamSpecError.invalid(
                "the prefix \"\(prefix)\" uses an expression (!{…}), and Firehose then requires an error prefix: "
                    + "add --error-prefix, e.g. \"errors/!{firehose:error-output-type}/\"")
        }
    }

    /// The part of the bucket the delivery role may write: the static start shared by the prefix and the
    /// error prefix, cut at a '/' (nil: the whole bucket).
    package var policyPrefix: String? {
        func literal(_ value: String?) -> String {
            guard let value else { return "" }
            return value.range(of: "!{").map { String(value[..<$0.lowerBound]) } ?? value
        }
        let a = literal(prefix)
        let b = literal(errorPrefix)
        let common = String(zip(a, b).prefix { $0 == $1 }.map(\.0))
        guard let slash = common.lastIndex(of: "/") else { return nil }
        let cut = String(common[..<slash])
        return cut.isEmpty ? nil : cut
    }

    /// The destination Firehose is asked for.
    package func destination(roleArn: String) -> FirehoseS3Destination {
        FirehoseS3Destination(
            roleARN: roleArn, bucketARN: "arn:aws:s3:::\(bucket)", prefix: prefix, errorOutputPrefix: errorPrefix,
            bufferingHints: FirehoseBufferingHints(sizeInMBs: bufferSizeMB, intervalInSeconds: bufferIntervalSeconds),
            compressionFormat: compression)
    }
}
