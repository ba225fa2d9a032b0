import Foundation

@testable import AWSCore

/// Shared test values. The secrets are distinctive so redaction tests can search for them.
enum Fixtures {
    static let secret = "wJalrXUtnFEMI-K7MDENG-SECRETVALUE"
    static let sessionToken = "FwoGZXIvYXdzEXAMPLE-SESSIONTOKEN"
    static let webToken = "eyJhbGciOiJSUzI1NiJ9.WEB-IDENTITY-TOKEN"

    static func sharedConfig(config: String = "", credentials: String = "") throws -> SharedConfig {
        SharedConfig(
            config: try INIParser.parse(config, path: "~/.aws/config"),
            credentials: try INIParser.parse(credentials, path: "~/.aws/credentials"),
            configPath: "~/.aws/config", credentialsPath: "~/.aws/credentials")
    }

    static func context(
        environment: [String: String] = [:], config: SharedConfig, files: [String: String] = [:],
        transport: StubTransport = StubTransport(), sts: FakeSTS = FakeSTS(), region: String? = nil,
        runner: any CommandRunner = ShellCommandRunner()
    ) -> CredentialContext {
        CredentialContext(
            environment: environment, config: config, reader: .inMemory(files), transport: transport, sts: sts,
            region: region, commandRunner: runner, processTimeoutSeconds: 5,
            now: { Date(timeIntervalSince1970: 1_900_000_000) })
    }
}

/// A `CommandRunner` that returns a canned result and records the commands it was asked to run.
actor CannedRunner: CommandRunner {
    private let result: CommandResult
    private(set) var commands: [String] = []

    init(_ result: CommandResult) {
        self.result = result
    }

    init(json: String) {
        self.init(CommandResult(exitStatus: 0, standardOutput: Array(json.utf8)))
    }

    func run(_ command: String, timeoutSeconds: Double) async throws -> CommandResult {
        commands.append(command)
        return result
    }
}
