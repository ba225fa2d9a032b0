import AWSCore
import Foundation
import LakeTestSupport

/// Clients for the shared emulator (`make test` starts it with signature checking on): the one allowed
/// key, a region of the test's choosing, few retries (an unimplemented action answers 500).
enum EmulatorClient {
    static func make(region: String? = nil) throws -> AWSClient {
        let emulator = try Emulator.current()
        return AWSClient(
            region: region ?? emulator.region,
            credentialProvider: TestCredentials(emulator.accessKeyId, emulator.secretAccessKey),
            endpoint: emulator.endpoint,
            retryStrategy: StandardRetryStrategy(configuration: RetryConfiguration(maxAttempts: 2)))
    }

    /// A name no other test in the shared emulator uses: `prefix-` and 12 hex digits, lower case (valid
    /// for buckets, Glue databases, RDS identifiers and export task ids).
    static func uniqueName(_ prefix: String) -> String {
        "\(prefix)-\(UniqueSuffix.make(12))"
    }

    /// Calls one of the emulator's control routes (scripts/emulator/gaps/layer.py): unsigned JSON POST.
    static func control(_ path: String, _ json: String) async throws {
        let emulator = try Emulator.current()
        let response = try await CurlTransport().send(
            HTTPRequest(
                method: "POST", url: emulator.endpoint + path,
                headers: [HTTPHeader("Content-Type", "application/json")],
                body: .bytes(Array(json.utf8))))
        guard response.status == 200 else {
            throw EmulatorControlError(
                path: path, status: response.status, body: String(decoding: response.body, as: UTF8.self))
        }
    }
}

struct EmulatorControlError: Error, CustomStringConvertible {
    var path: String
    var status: Int
    var body: String
    var description: String { "emulator control \(path) answered \(status): \(body)" }
}
