import Foundation

/// Everything the providers read from the outside world, gathered so that a chain is built from one value
/// and tests can replace every edge: environment, parsed shared files, file reader (token files), HTTP
/// transport (container, IMDS), STS (assume role, web identity), the shell runner and the clock.
package struct CredentialContext: Sendable {
    package var environment: [String: String]
    package var config: SharedConfig
    package var reader: FileReader
    package var transport: any HTTPTransport
    package var sts: any STSCredentialFetcher
    /// The resolved region (`RegionResolver`), used for STS calls; nil falls back to the profile, then us-east-1.
    package var region: String?
    package var commandRunner: any CommandRunner
    package var processTimeoutSeconds: Double
    package var now: @Sendable () -> Date

    package init(
        environment: [String: String], config: SharedConfig, reader: FileReader = .disk, transport: any HTTPTransport,
        sts: any STSCredentialFetcher, region: String? = nil, commandRunner: any CommandRunner = ShellCommandRunner(),
        processTimeoutSeconds: Double = 60, now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.environment = environment
        self.config = config
        self.reader = reader
        self.transport = transport
        self.sts = sts
        self.region = region
        self.commandRunner = commandRunner
        self.processTimeoutSeconds = processTimeoutSeconds
        self.now = now
    }
}
