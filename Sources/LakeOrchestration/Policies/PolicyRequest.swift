import AWSServices

/// What `iam policy generate` (and `iam policy create --for`) asks for: a least-privilege policy for one
/// lake service on one bucket and prefix, with the KMS actions when the data is encrypted.
package struct PolicyRequest: Sendable, Equatable {
    package var purpose: PolicyPurpose
    package var bucket: String
    package var prefix: String?
    /// An ARN, a key id or `alias/NAME`; only an ARN can go into a policy, so the others are looked up.
    package var kmsKey: String?

    package init(purpose: PolicyPurpose, bucket: String, prefix: String?, kmsKey: String?) {
        self.purpose = purpose
        self.bucket = bucket
        self.prefix = prefix
        self.kmsKey = kmsKey
    }

    /// The generated document. A key given as an ARN needs no AWS call (and no session): `session` is
    /// called only when an id or alias must be resolved with KMS DescribeKey.
    package func document(session: () throws -> LakeSession) async throws -> PolicyDocument {
        var keyArn: String?
        if let kmsKey {
            keyArn = kmsKey.hasPrefix("arn:") ? kmsKey : try await session().kms.describeKey(kmsKey).arn
        }
        return PolicyGenerator.generate(for: purpose, bucket: bucket, prefix: prefix, kmsKeyArn: keyArn)
    }
}
