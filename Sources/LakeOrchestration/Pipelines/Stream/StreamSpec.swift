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
    /// `DB.T`: convert JSON records to Parquet with this Glue table's schema.
    package var parquetTable: String?
    /// The KMS key (id, ARN or alias) Firehose encrypts objects with.
    package var kmsKey: String?
    /// The CloudWatch Logs group Firehose logs delivery errors to (created if missing); nil: no logging.
    package var logGroup: String?
    /// The stream in `logGroup` (default `DestinationDelivery`, the name the console uses).
    package var logStream: String?
    /// Tags added at creation besides lakectl's ownership mark (a lake file's `tags:`, which `--prune` matches).
    package var tags: [String: String] = [:]

    package static let defaultLogStream = "DestinationDelivery"

    package static let compressions = ["UNCOMPRESSED", "GZIP", "ZIP", "Snappy", "HADOOP_SNAPPY"]

    package init(
        name: String, bucket: String, prefix: String? = nil, errorPrefix: String? = nil, bufferSizeMB: Int = 64,
        bufferIntervalSeconds: Int = 300, compression: String = "UNCOMPRESSED", parquetTable: String? = nil,
        kmsKey: String? = nil, logGroup: String? = nil, logStream: String? = nil
    ) {
        self.name = name
        self.bucket = bucket
        self.prefix = prefix.flatMap { $0.isEmpty ? nil : $0 }
        self.errorPrefix = errorPrefix.flatMap { $0.isEmpty ? nil : $0 }
        self.bufferSizeMB = bufferSizeMB
        self.bufferIntervalSeconds = bufferIntervalSeconds
        self.compression = compression
        self.parquetTable = parquetTable.flatMap { $0.isEmpty ? nil : $0 }
        self.kmsKey = kmsKey.flatMap { $0.isEmpty ? nil : $0 }
        self.logGroup = logGroup.flatMap { $0.isEmpty ? nil : $0 }
        self.logStream = logStream.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Firehose's floor for the buffer when it converts records (record-format-conversion.html).
    package static let minimumParquetBufferMB = 64

    /// `--parquet-table DB.T` split in two; nil without conversion or when it is not of that form.
    package var parquetTableName: (database: String, table: String)? {
        guard let parquetTable, let dot = parquetTable.firstIndex(of: ".") else { return nil }
        let database = String(parquetTable[..<dot])
        let table = String(parquetTable[parquetTable.index(after: dot)...])
        guard !database.isEmpty, !table.isEmpty, !table.contains(".") else { return nil }
        return (database, table)
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
        if logStream != nil && logGroup == nil {
            throw StreamSpecError.invalid("--log-stream names a stream in a log group: add --log-group")
        }
        if let parquetTable {
            guard parquetTableName != nil else {
                throw StreamSpecError.invalid(
                    "--parquet-table \(parquetTable) must name a Glue table as DATABASE.TABLE, e.g. raw.clicks")
            }
            guard bufferSizeMB >= Self.minimumParquetBufferMB else {
                throw StreamSpecError.invalid(
                    "--parquet-table needs --buffer-size of at least \(Self.minimumParquetBufferMB) MB "
                        + "(Firehose's minimum when it converts records), not \(bufferSizeMB)")
            }
            guard compression == "UNCOMPRESSED" else {
                throw StreamSpecError.invalid(
                    "--parquet-table writes Snappy-compressed Parquet itself; Firehose refuses --compression "
                        + "\(compression) with format conversion: leave --compression at UNCOMPRESSED")
            }
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

    /// The destination Firehose is asked for. Encryption is always stated (`NoEncryption` without a key),
    /// so an update can take a key away; conversion only when asked for.
    /// - Parameter kmsKeyArn: `kmsKey` resolved to its ARN (Firehose takes ARNs only).
    package func destination(roleArn: String, kmsKeyArn: String? = nil) -> FirehoseS3Destination {
        FirehoseS3Destination(
            roleARN: roleArn, bucketARN: "arn:aws:s3:::\(bucket)", prefix: prefix, errorOutputPrefix: errorPrefix,
            bufferingHints: FirehoseBufferingHints(sizeInMBs: bufferSizeMB, intervalInSeconds: bufferIntervalSeconds),
            compressionFormat: compression, encryption: FirehoseEncryption(kmsKeyARN: kmsKeyArn),
            dataFormatConversion: parquetTableName.map {
                FirehoseDataFormatConversion(
                    enabled: true, databaseName: $0.database, tableName: $0.table, roleARN: roleArn)
            },
            cloudWatchLogging: logGroup.map {
                FirehoseCloudWatchLogging(
                    enabled: true, logGroupName: $0, logStreamName: logStream ?? Self.defaultLogStream)
            })
    }
}
