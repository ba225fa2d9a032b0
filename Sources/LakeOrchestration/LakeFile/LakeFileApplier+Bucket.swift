import AWSCore
import AWSServices

extension LakeFileApplier {
    /// Creates the bucket (one this account already owns is found), then sets what the file declares: its tags
    /// merged into the ones it has, default encryption with the key, versioning and the public access block.
    /// Every call sets a value rather than adding one, so re-running apply converges.
    func ensureBucket(
        name: String, kmsKey: String?, versioning: Bool, blockPublicAccess: Bool, tags: [String: String]
    ) async throws {
        let s3 = S3Client(client: client)
        do {
            try await s3.createBucket(name)
        } catch let error as AWSError where error.hasCode(S3Client.ErrorCode.bucketAlreadyOwnedByYou) {
            // Ours already (a retried create, or an update): set what differs below.
        }
        let live = try await s3.getBucketTagging(name)
        if tags.contains(where: { live[$0.key] != $0.value }) {
            try await s3.putBucketTagging(name, tags: live.merging(tags) { _, declared in declared })
        }
        if let kmsKey, try await s3.getBucketEncryption(name)?.kmsKeyId != kmsKey {
            try await s3.putBucketEncryption(name, kmsKeyId: kmsKey)
        }
        let liveVersioning = try await s3.getBucketVersioning(name)
        if versioning ? liveVersioning != "Enabled" : liveVersioning == "Enabled" {
            try await s3.putBucketVersioning(name, enabled: versioning)
        }
        if try await s3.getPublicAccessBlocked(name) != blockPublicAccess {
            try await s3.putPublicAccessBlock(name, blocked: blockPublicAccess)
        }
    }
}
