import AWSCore
import Foundation

/// Keys: create, describe, enable/disable, schedule deletion.
extension KMSClient {
    private struct KeyMetadataReply: Decodable {
        var KeyMetadata: KeyMetadata
    }

    private struct CreateKeyInput: Encodable {
        var Description: String?
        var KeyUsage: String
        var KeySpec: String
        var Policy: String?
        var Tags: [KMSTag]
    }

    private struct KeyIdInput: Encodable {
        var KeyId: String
    }

    /// Creates a symmetric encryption key (the kind RDS exports, S3 and Glue use). With no `policy`,
    /// KMS installs the default one that delegates to IAM in the account.
    package func createKey(
        description: String? = nil, policy: String? = nil, keyUsage: String = "ENCRYPT_DECRYPT",
        keySpec: String = "SYMMETRIC_DEFAULT", tags: [KMSTag] = [.managedByLakectl]
    ) async throws -> KeyMetadata {
        let input = CreateKeyInput(
            Description: description, KeyUsage: keyUsage, KeySpec: keySpec, Policy: policy, Tags: tags)
        return try await client.json(Self.service, operation: "CreateKey", input: input, output: KeyMetadataReply.self)
            .KeyMetadata
    }

    /// A key by id, ARN, alias name (`alias/x`) or alias ARN. Throws `NotFoundException`.
    package func describeKey(_ keyId: String) async throws -> KeyMetadata {
        try await client.json(
            Self.service, operation: "DescribeKey", input: KeyIdInput(KeyId: keyId), output: KeyMetadataReply.self
        )
        .KeyMetadata
    }

    package func enableKey(_ keyId: String) async throws {
        _ = try await client.json(
            Self.service, operation: "EnableKey", input: KeyIdInput(KeyId: keyId), output: KMSEmptyReply.self)
    }

    /// A disabled key cannot encrypt or decrypt (an export with it fails with `DisabledException`).
    package func disableKey(_ keyId: String) async throws {
        _ = try await client.json(
            Self.service, operation: "DisableKey", input: KeyIdInput(KeyId: keyId), output: KMSEmptyReply.self)
    }

    private struct ScheduleInput: Encodable {
        var KeyId: String
        var PendingWindowInDays: Int?
    }

    private struct ScheduleReply: Decodable {
        var DeletionDate: Date?
    }

    /// Schedules deletion after 7–30 days (default 30); returns when it will happen.
    package func scheduleKeyDeletion(_ keyId: String, pendingWindowInDays: Int? = nil) async throws -> Date? {
        try await client.json(
            Self.service, operation: "ScheduleKeyDeletion",
            input: ScheduleInput(KeyId: keyId, PendingWindowInDays: pendingWindowInDays), output: ScheduleReply.self
        ).DeletionDate
    }
}
