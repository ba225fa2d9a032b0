import AWSCore
import AWSServices
import Foundation
import LakeTestSupport

/// Service clients for the shared emulator (signature checking on) with its one allowed key.
enum EmulatorClients {
    struct Key: CredentialProvider {
        var name: String { "emulator key (test)" }
        let value: AWSCredentials
        func credentials() async throws -> AWSCredentials? { value }
    }

    static func client() throws -> AWSClient {
        let emulator = try Emulator.current()
        let key = Key(
            value: AWSCredentials(
                accessKeyId: emulator.accessKeyId, secretAccessKey: emulator.secretAccessKey, sessionToken: nil,
                source: "test"))
        return AWSClient(
            region: emulator.region, credentialProvider: key, endpoint: emulator.endpoint,
            retryStrategy: StandardRetryStrategy(configuration: RetryConfiguration(maxAttempts: 2)))
    }

    static func iam() throws -> IAMClient { IAMClient(client: try client()) }
    static func kms() throws -> KMSClient { KMSClient(client: try client()) }

    /// A name no other test (they run in parallel on one emulator) will use.
    static func unique(_ prefix: String) -> String {
        "\(prefix)-\(UUID().uuidString.prefix(8).lowercased())"
    }
}
