import Foundation

/// What KMS says about a key (the `KeyMetadata` shape): whether it can be used now (`keyState`,
/// `enabled`) and for what (`keySpec`, `keyUsage`).
package struct KeyMetadata: Sendable, Equatable, Decodable {
    package var keyId: String
    package var arn: String
    package var awsAccountId: String?
    package var creationDate: Date?
    package var enabled: Bool
    package var description: String?
    /// ENCRYPT_DECRYPT, SIGN_VERIFY, GENERATE_VERIFY_MAC, KEY_AGREEMENT.
    package var keyUsage: String?
    /// Creating, Enabled, Disabled, PendingDeletion, PendingImport, PendingReplicaDeletion, Unavailable, Updating.
    package var keyState: String
    package var deletionDate: Date?
    /// AWS_KMS, EXTERNAL, AWS_CLOUDHSM, EXTERNAL_KEY_STORE.
    package var origin: String?
    /// AWS or CUSTOMER: AWS managed keys' policies cannot be changed.
    package var keyManager: String?
    /// SYMMETRIC_DEFAULT, RSA_2048, ...
    package var keySpec: String?
    package var multiRegion: Bool?

    enum CodingKeys: String, CodingKey {
        case keyId = "KeyId"
        case arn = "Arn"
        case awsAccountId = "AWSAccountId"
        case creationDate = "CreationDate"
        case enabled = "Enabled"
        case description = "Description"
        case keyUsage = "KeyUsage"
        case keyState = "KeyState"
        case deletionDate = "DeletionDate"
        case origin = "Origin"
        case keyManager = "KeyManager"
        case keySpec = "KeySpec"
        case multiRegion = "MultiRegion"
    }

    package init(
        keyId: String, arn: String, enabled: Bool, keyState: String, awsAccountId: String? = nil,
        creationDate: Date? = nil,
        description: String? = nil, keyUsage: String? = nil, deletionDate: Date? = nil, origin: String? = nil,
        keyManager: String? = nil, keySpec: String? = nil, multiRegion: Bool? = nil
    ) {
        self.keyId = keyId
        self.arn = arn
        self.enabled = enabled
        self.keyState = keyState
        self.awsAccountId = awsAccountId
        self.creationDate = creationDate
        self.description = description
        self.keyUsage = keyUsage
        self.deletionDate = deletionDate
        self.origin = origin
        self.keyManager = keyManager
        self.keySpec = keySpec
        self.multiRegion = multiRegion
    }
}
