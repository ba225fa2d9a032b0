import AWSCore
import AWSServices

extension StreamPipeline {
    /// Format conversion reads its schema from the Glue table when records arrive: a missing table only
    /// shows up later as records in the error prefix. So it is read now, before anything is changed.
    func checkParquetTable(_ spec: StreamSpec) async throws {
        guard let name = spec.parquetTableName else { return }
        do {
            _ = try await glue.getTable(database: name.database, name: name.table)
        } catch let error as AWSError where error.hasCode(GlueClient.ErrorCode.entityNotFound) {
            throw StreamSpecError.invalid(
                "--parquet-table \(name.database).\(name.table): no such Glue table (\(error.message ?? error.code)); "
                    + "Firehose converts records with that table's schema, so create it first or name another")
        }
    }

    /// The ARN of a key Firehose can encrypt with (it takes ARNs only, and a disabled key fails every
    /// delivery later).
    func usableKeyArn(_ keyId: String, named what: String) async throws -> String {
        let key: KeyMetadata
        do {
            key = try await kms.describeKey(keyId)
        } catch let error as AWSError where error.code == "NotFoundException" {
            throw StreamSpecError.invalid("\(what) \(keyId): no such KMS key in this account and region")
        }
        guard key.enabled, key.keyState == "Enabled" else {
            throw ResourceError.keyNotUsable(keyId: keyId, state: key.keyState)
        }
        return key.arn
    }

    /// The KMS key behind the bucket's default encryption, as an ARN: the delivery role must be allowed
    /// to use it, or every PutObject Firehose makes is refused. Nil for SSE-S3 or no default encryption.
    func bucketKeyArn(_ bucket: String) async throws -> String? {
        guard let encryption = try await s3.getBucketEncryption(bucket), encryption.algorithm.hasPrefix("aws:kms")
        else { return nil }
        // No key named: S3's AWS managed key (aws/s3), whose policy already lets the account's roles use it.
        guard let keyId = encryption.kmsKeyId else { return nil }
        return try await usableKeyArn(keyId, named: "the default encryption key of bucket \(bucket),")
    }
}
