import AWSCore

/// Key policies: who may use a key. Unlike IAM policies, a key policy is the primary control — an
/// IAM allow is not enough unless the key policy delegates to IAM.
extension KMSClient {
    private struct GetInput: Encodable {
        var KeyId: String
        var PolicyName: String
    }

    private struct GetReply: Decodable {
        var Policy: String
    }

    private struct PutInput: Encodable {
        var KeyId: String
        var PolicyName: String
        var Policy: String
    }

    /// The key policy JSON.
    package func getKeyPolicy(_ keyId: String) async throws -> String {
        try await client.json(
            Self.service, operation: "GetKeyPolicy", input: GetInput(KeyId: keyId, PolicyName: Self.defaultPolicyName),
            output: GetReply.self
        ).Policy
    }

    /// Replaces the key policy. KMS refuses (`MalformedPolicyDocumentException`) a policy that would
    /// lock the caller out, unless the lockout check is bypassed (never done here).
    package func putKeyPolicy(_ keyId: String, policy: String) async throws {
        _ = try await client.json(
            Self.service, operation: "PutKeyPolicy",
            input: PutInput(KeyId: keyId, PolicyName: Self.defaultPolicyName, Policy: policy),
            output: KMSEmptyReply.self)
    }
}
