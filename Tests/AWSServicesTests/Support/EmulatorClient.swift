import AWSCore
import Foundation
import LakeTestSupport

/// A client for the shared emulator (`make test` starts it, signature checking on) with its one allowed
/// key, and few retries: an emulator's 500 for an unimplemented action should fail fast.
enum EmulatorClient {
    static func make() throws -> AWSClient {
        let emulator = try Emulator.current()
        return AWSClient(
            region: emulator.region, credentialProvider: TestCredentials(emulator.accessKeyId, emulator.secretAccessKey),
            endpoint: emulator.endpoint, retryStrategy: StandardRetryStrategy(configuration: RetryConfiguration(maxAttempts: 2)))
    }

    /// A name no other test (they run in parallel on one emulator) will use.
    static func unique(_ prefix: String) -> String {
        "\(prefix)-\(UUID().uuidString.prefix(8).lowercased())"
    }
}
