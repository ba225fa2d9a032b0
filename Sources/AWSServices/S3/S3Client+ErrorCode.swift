import AWSCore

extension S3Client {
    /// The S3 error codes callers branch on, checked with `AWSError.hasCode(_:)`. A HEAD reply has no body,
    /// so its 404 arrives as the generic `NotFound` and is renamed here to what was missing.
    package enum ErrorCode: String, Sendable, CaseIterable {
        case noSuchBucket = "NoSuchBucket"
        case noSuchKey = "NoSuchKey"
        case notFound = "NotFound"
        /// The create call found the bucket already there and owned by the caller: success for "ensure".
        /// us-east-1 answers such a create with 200 instead (a legacy behaviour), which is success too.
        case bucketAlreadyOwnedByYou = "BucketAlreadyOwnedByYou"
        /// GetBucketEncryption on a bucket without a default encryption configuration.
        case noEncryptionConfiguration = "ServerSideEncryptionConfigurationNotFoundError"
    }
}
