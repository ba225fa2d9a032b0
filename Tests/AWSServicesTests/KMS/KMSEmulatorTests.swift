import AWSCore
import Foundation
import Testing

@testable import AWSServices

/// KMS (awsJson1.1) through the real stack against the shared emulator with signature checking on.
@Suite struct KMSEmulatorTests {
    @Test func keyLifecycle() async throws {
        let kms = KMSClient(client: try EmulatorClient.make())
        let key = try await kms.createKey(description: "lake exports")
        #expect(key.enabled)
        #expect(key.keyState == "Enabled")
        #expect(key.keySpec == "SYMMETRIC_DEFAULT")
        #expect(key.keyUsage == "ENCRYPT_DECRYPT")
        #expect(key.arn.hasPrefix("arn:aws:kms:"))

        let alias = "alias/\(EmulatorClient.uniqueName("lake"))"
        try await kms.createAlias(alias, targetKeyId: key.keyId)
        let byAlias = try await kms.describeKey(alias)
        #expect(byAlias.keyId == key.keyId)
        #expect(try await kms.allAliases().contains { $0.aliasName == alias && $0.targetKeyId == key.keyId })
        let taken = await #expect(throws: AWSError.self) { try await kms.createAlias(alias, targetKeyId: key.keyId) }
        #expect(taken?.hasCode(KMSClient.ErrorCode.alreadyExists) == true)

        try await kms.disableKey(key.keyId)
        let disabled = try await kms.describeKey(key.arn)
        #expect(!disabled.enabled)
        #expect(disabled.keyState == "Disabled")
        try await kms.enableKey(key.keyId)
        #expect(try await kms.describeKey(key.keyId).keyState == "Enabled")

        let deletion = try await kms.scheduleKeyDeletion(key.keyId, pendingWindowInDays: 7)
        #expect(deletion != nil)
        #expect(try await kms.describeKey(key.keyId).keyState == "PendingDeletion")
    }

    @Test func keyPolicyRoundTrip() async throws {
        let kms = KMSClient(client: try EmulatorClient.make())
        let key = try await kms.createKey()
        let original = try await kms.getKeyPolicy(key.keyId)
        #expect(original.contains("kms:*"))
        let policy =
            #"{"Version":"2012-10-17","Statement":[{"Sid":"Root","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"kms:*","Resource":"*"}]}"#
        try await kms.putKeyPolicy(key.keyId, policy: policy)
        #expect(try await kms.getKeyPolicy(key.keyId).contains("\"Sid\":\"Root\""))
    }

    @Test func unknownKeyIsNotFound() async throws {
        let kms = KMSClient(client: try EmulatorClient.make())
        let error = await #expect(throws: AWSError.self) { try await kms.describeKey(UUID().uuidString.lowercased()) }
        #expect(error?.hasCode(KMSClient.ErrorCode.notFound) == true)
    }
}
