import AWSCore
import Foundation

/// The emulator that `scripts/emulator/start.sh` started (moto on 127.0.0.1 with signature checking
/// on): its endpoint and the one access key it accepts. Integration tests read it; they fail with a
/// clear message when no emulator runs, rather than skipping and proving nothing.
public struct Emulator: Sendable {
    public let endpoint: String
    public let accessKeyId: String
    public let secretAccessKey: String
    public let region: String
    public let userName: String

    public enum Failure: Error, CustomStringConvertible {
        case notRunning(String)
        case controlRejected(path: String, status: Int, body: String)
        public var description: String {
            switch self {
            case let .controlRejected(path, status, body):
                return "emulator control \(path) answered \(status): \(body)"
            case let .notRunning(dir):
                return
                    "no emulator state in \(dir): run the tests with `make test`, or start one with `make emulator-start`"
            }
        }
    }

    /// Reads `$LAKECTL_EMULATOR_DIR` (set by scripts/test.sh), or `.emulator/` in the repository.
    public static func current() throws -> Emulator {
        let env = ProcessInfo.processInfo.environment
        let dir =
            env["LAKECTL_EMULATOR_DIR"].map { URL(fileURLWithPath: $0) }
            ?? Fixtures.repositoryRoot.appendingPathComponent(".emulator")
        return try load(directory: dir)
    }

    /// The emulator whose state `scripts/emulator/start.sh` left in `dir`.
    public static func load(directory dir: URL) throws -> Emulator {
        guard
            let endpoint = try? String(contentsOf: dir.appendingPathComponent("endpoint"), encoding: .utf8),
            let creds = try? String(contentsOf: dir.appendingPathComponent("credentials.env"), encoding: .utf8)
        else { throw Failure.notRunning(dir.path) }
        var values: [String: String] = [:]
        for line in creds.split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { values[String(parts[0])] = String(parts[1]) }
        }
        guard let key = values["AWS_ACCESS_KEY_ID"], let secret = values["AWS_SECRET_ACCESS_KEY"] else {
            throw Failure.notRunning(dir.path)
        }
        return Emulator(
            endpoint: endpoint.trimmingCharacters(in: .whitespacesAndNewlines),
            accessKeyId: key, secretAccessKey: secret,
            region: values["AWS_REGION"] ?? "us-east-1",
            userName: values["LAKECTL_TEST_USER"] ?? "lakectl-test")
    }

    /// An environment for a lakectl process that talks to this emulator with the allowed key and
    /// nothing inherited from the developer's machine (no real profile, no real region).
    public func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var env: [String: String] = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": FileManager.default.temporaryDirectory.path,
            "AWS_CONFIG_FILE": "/dev/null",
            "AWS_SHARED_CREDENTIALS_FILE": "/dev/null",
            "AWS_EC2_METADATA_DISABLED": "true",
            "AWS_ACCESS_KEY_ID": accessKeyId,
            "AWS_SECRET_ACCESS_KEY": secretAccessKey,
            "AWS_REGION": region,
            "AWS_ENDPOINT_URL": endpoint,
            "AWS_MAX_ATTEMPTS": "2",
        ]
        for (k, v) in extra { env[k] = v }
        return env
    }

    /// Calls one of the gap layer's control routes (scripts/emulator/gaps/layer.py), an unsigned JSON POST
    /// that sets up what moto cannot: which fixture database a DB instance exports, a failure to inject.
    public func control(_ path: String, _ json: String) async throws {
        let response = try await CurlTransport().send(
            HTTPRequest(
                method: "POST", url: endpoint + path, headers: [HTTPHeader("Content-Type", "application/json")],
                body: .bytes(Array(json.utf8))))
        guard response.status == 200 else {
            throw Failure.controlRejected(
                path: path, status: response.status, body: String(decoding: response.body, as: UTF8.self))
        }
    }

    /// A client for this emulator signing with the allowed key, with few retries (an action moto lacks
    /// answers 500 and should fail fast).
    package func client(region: String? = nil) -> AWSClient {
        AWSClient(
            region: region ?? self.region, credentialProvider: EmulatorKey(emulator: self), endpoint: endpoint,
            retryStrategy: StandardRetryStrategy(configuration: RetryConfiguration(maxAttempts: 2)))
    }

    /// A name no other test in the shared emulator uses: lower-case letters, digits and hyphens, valid
    /// for buckets, IAM, Glue and RDS identifiers.
    public static func uniqueName(_ prefix: String) -> String {
        "\(prefix)-\(UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(12))"
    }
}

/// The emulator's allowed key as a credential provider.
struct EmulatorKey: CredentialProvider {
    let name = "emulator key"
    let emulator: Emulator
    func credentials() async throws -> AWSCredentials? {
        AWSCredentials(
            accessKeyId: emulator.accessKeyId, secretAccessKey: emulator.secretAccessKey, source: "emulator key")
    }
}
