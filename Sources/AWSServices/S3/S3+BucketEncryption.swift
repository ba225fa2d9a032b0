import AWSCore

extension S3Client {
    /// The KMS key a bucket encrypts new objects with by default, or nil when it uses SSE-S3 or has no
    /// default encryption (API_GetBucketEncryption). A role that reads the bucket needs kms:Decrypt on this
    /// key, so the policy generators take it.
    package func defaultKMSKey(_ bucket: String) async throws -> String? {
        do {
            let reply = try await send(
                "GetBucketEncryption", method: "GET", bucket: bucket, query: [("encryption", "")])
            let rules = reply.document?.children(named: "Rule") ?? []
            for rule in rules {
                guard let sse = rule.child("ApplyServerSideEncryptionByDefault") else { continue }
                if sse.string("SSEAlgorithm")?.hasPrefix("aws:kms") == true, let key = sse.string("KMSMasterKeyID"),
                    !key.isEmpty
                {
                    return key
                }
            }
            return nil
        } catch let error as AWSError where error.code == "ServerSideEncryptionConfigurationNotFoundError" {
            return nil
        }
    }
}
