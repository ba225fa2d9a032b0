/// How Firehose encrypts the objects it writes (API_EncryptionConfiguration): with a KMS key, or
/// `NoEncryption` (then the bucket's default encryption applies). Real replies always carry one of the two.
package struct FirehoseEncryption: Codable, Sendable, Equatable {
    /// The key's ARN, or nil for `NoEncryption`.
    package var kmsKeyARN: String?

    package init(kmsKeyARN: String?) {
        self.kmsKeyARN = kmsKeyARN
    }

    private struct KMSConfig: Codable { var AWSKMSKeyARN: String }

    enum CodingKeys: String, CodingKey {
        case none = "NoEncryptionConfig", kms = "KMSEncryptionConfig"
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kmsKeyARN = try container.decodeIfPresent(KMSConfig.self, forKey: .kms)?.AWSKMSKeyARN
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        if let kmsKeyARN {
            try container.encode(KMSConfig(AWSKMSKeyARN: kmsKeyARN), forKey: .kms)
        } else {
            try container.encode("NoEncryption", forKey: .none)
        }
    }
}
