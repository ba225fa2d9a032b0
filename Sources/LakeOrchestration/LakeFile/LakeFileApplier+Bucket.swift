import AWSCore
import AWSServices

extension LakeFileApplier {
    /// Creates the bucket (one this account already owns is found), then sets what the file declares: its tags
    /// merged into the ones it has, default encryption with the key, versioning, the public access block and
    /// lakectl's expiration rule.
    /// Every call sets a value rather than adding one, so re-running apply converges.
    func ensureBucket(
        name: String, kmsKey: String?, versioning: Bool, blockPublicAccess: Bool, tags: [String: String],
        expireAfterDays: Int?
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
        if let days = expireAfterDays {
            // Only lakectl's own rule is ever replaced: rules someone else wrote are kept (and the plan said so).
            let rules = try await s3.getBucketLifecycleRules(name)
            let ours = LakeFileBuckets.expirationRule
            if rules.allSatisfy({ $0.id == ours }), rules.first?.expirationDays != days || rules.count != 1 {
                try await s3.putBucketExpiration(name, id: ours, days: days)
            }
        }
    }
}
