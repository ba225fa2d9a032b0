import AWSCore
import AWSServices
import Foundation
import Testing

@testable import LakeOrchestration

@Suite struct KMSResourcesEmulatorTests {
    @Test func keyGrantIsAddedOnce() async throws {
        let kms = try EmulatorClients.kms()
        let key = try await kms.createKey(description: "exports")
        let role = "arn:aws:iam::123456789012:role/\(EmulatorClients.unique("export"))"
        let resources = KMSResources(kms: kms)

        #expect(try await resources.ensureKeyGrantsRole(keyId: key.keyId, roleArn: role) == .updated(["key policy"]))
        let stored = try PolicyDocument(json: try await kms.getKeyPolicy(key.keyId))
        #expect(KeyPolicy.grants(stored, roleArn: role))
        #expect(stored.statements.count == 2)  // the default root statement is kept
        #expect(try await resources.ensureKeyGrantsRole(keyId: key.arn, roleArn: role) == .unchanged)
        #expect(try await kms.getKeyPolicy(key.keyId) == stored.canonicalJSON())
    }

    @Test func disabledKeysAreRefusedWithTheirState() async throws {
        let kms = try EmulatorClients.kms()
        let resources = KMSResources(kms: kms)
        let key = try await kms.createKey()
        #expect(try await resources.usableKey(key.arn).keyId == key.keyId)
        try await kms.disableKey(key.keyId)
        let refused = await #expect(throws: ResourceError.self) { try await resources.usableKey(key.keyId) }
        #expect(refused == .keyNotUsable(keyId: key.keyId, state: "Disabled"))
        #expect(refused?.description.contains("Disabled, not Enabled") == true)
        let missing = await #expect(throws: AWSError.self) {
            try await resources.usableKey(UUID().uuidString.lowercased())
        }
        #expect(missing?.hasCode(KMSClient.ErrorCode.notFound) == true)
    }
}
