import AWSCore

extension S3Client {
    /// The bucket's default encryption (API_GetBucketEncryption): the first rule's algorithm (`AES256`,
    /// `aws:kms`, `aws:kms:dsse`) and KMS key (an id, ARN or alias, as the owner wrote it). Nil when the
    /// bucket has no configuration (`ServerSideEncryptionConfigurationNotFoundError`).
    package func getBucketEncryption(_ bucket: String) async throws -> (algorithm: String, kmsKeyId: String?)? {
        do {
            let reply = try await send(
                "GetBucketEncryption", method: "GET", bucket: bucket, query: [("encryption", "")])
            guard let rule = reply.document?.firstDescendant(named: "ApplyServerSideEncryptionByDefault"),
                let algorithm = rule.string("SSEAlgorithm")
            else { return nil }
            return (algorithm, rule.string("KMSMasterKeyID").flatMap { $0.isEmpty ? nil : $0 })
        } catch let error as AWSError where error.hasCode(ErrorCode.noEncryptionConfiguration) {
            return nil
        }
    }

    /// Makes `kmsKeyId` the bucket's default encryption key (SSE-KMS with an S3 Bucket Key).
    package func putBucketEncryption(_ bucket: String, kmsKeyId: String) async throws {
        var xml = XMLWriter()
        xml.element(
            "ServerSideEncryptionConfiguration", attributes: [("xmlns", "http://s3.amazonaws.com/doc/2006-03-01/")]
        ) { configuration in
            configuration.element("Rule") { rule in
                rule.element("ApplyServerSideEncryptionByDefault") {
                    $0.element("SSEAlgorithm", value: "aws:kms")
                    $0.element("KMSMasterKeyID", value: kmsKeyId)
                }
                rule.element("BucketKeyEnabled", value: "true")
            }
        }
        let bytes = xml.bytes
        // Like DeleteObjects, this call requires an integrity header.
        _ = try await send(
            "PutBucketEncryption", method: "PUT", bucket: bucket, query: [("encryption", "")],
            headers: [
                HTTPHeader("x-amz-checksum-sha256", PayloadChecksum.sha256Base64(bytes)),
                HTTPHeader("x-amz-sdk-checksum-algorithm", "SHA256"),
            ],
            body: .bytes(bytes))
    }

    /// The KMS key a bucket encrypts new objects with by default, or nil for SSE-S3 or no default
    /// encryption. A role that reads the bucket needs kms:Decrypt on this key, so the policy generators take it.
    package func defaultKMSKey(_ bucket: String) async throws -> String? {
        guard let encryption = try await getBucketEncryption(bucket), encryption.algorithm.hasPrefix("aws:kms")
        else { return nil }
        return encryption.kmsKeyId
    }
}
