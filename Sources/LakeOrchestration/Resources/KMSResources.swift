import AWSCore
import AWSServices

/// Idempotent KMS operations: the key policy lets a role use a key, written only when it does not yet.
package struct KMSResources: Sendable {
    package let kms: KMSClient

    package init(kms: KMSClient) {
        self.kms = kms
    }

    /// The key's metadata, or a clear refusal when it cannot serve an export: not Enabled (a disabled
    /// key fails the export only after RDS has spent minutes restoring the snapshot), or AWS managed
    /// (its policy cannot name our role). Throws `NotFoundException` as `AWSError` when it does not exist.
    package func usableKey(_ keyId: String) async throws -> KeyMetadata {
        let key = try await kms.describeKey(keyId)
        guard key.enabled, key.keyState == "Enabled" else {
            throw ResourceError.keyNotUsable(keyId: keyId, state: key.keyState)
        }
        if key.keyManager == "AWS" { throw ResourceError.awsManagedKey(keyId: keyId) }
        // RDS exports encrypt with a symmetric key; an asymmetric or HMAC key fails the task late.
        if let spec = key.keySpec, spec != "SYMMETRIC_DEFAULT" {
            throw ResourceError.keyNotSymmetric(keyId: keyId, keySpec: spec)
        }
        return key
    }

    /// Makes the key policy allow `roleArn` the export actions (`KeyPolicy.exportActions`). Reads the
    /// policy, and calls PutKeyPolicy only when no statement already covers the role.
    package func ensureKeyGrantsRole(keyId: String, roleArn: String, actions: [String] = KeyPolicy.exportActions)
        async throws -> Change
    {
        try await KeyGrantResource(kms: kms).ensure(.init(keyId: keyId, roleArn: roleArn, actions: actions))
    }
}
