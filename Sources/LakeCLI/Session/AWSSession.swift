import AWSCore
import AWSServices
import Foundation
import Logging

/// Everything a command needs before its first AWS call, resolved once from the global options, the
/// environment and the shared files: profile, region, per-service endpoints, the cached credential chain
/// and one AWSClient (so connections, the retry quota and credentials are shared by every service).
struct AWSSession: Sendable {
    let config: ResolvedConfig
    let region: ResolvedRegion
    let credentials: CachedCredentialProvider
    let client: AWSClient

    /// Fails before any network traffic when the config is broken or no region is set anywhere.
    static func make(_ options: GlobalOptions, environment: [String: String] = ProcessInfo.processInfo.environment)
        throws -> AWSSession
    {
        let config = try ResolvedConfig.load(
            environment: environment, profileFlag: options.profile, regionFlag: options.region)
        guard let region = config.region else { throw CLIError.noRegion(profile: config.selection.name) }
        let logger = Logging.Logger(label: "lakectl.aws")
        let transport = CurlTransport()
        let endpoints = try EndpointTable(config: config, flag: options.endpointURL)
        let sts = STSCredentialFetcherClient(
            transport: transport, endpointOverride: { endpoints.url(for: $0) }, logger: logger)
        let credentials = CredentialChain.cachedStandard(for: config, transport: transport, sts: sts)
        // AWS_MAX_ATTEMPTS / AWS_RETRY_MODE, then the profile's max_attempts / retry_mode.
        let retry = try StandardRetryStrategy.configured(
            environment: environment, profileMaxAttempts: config.profile?.value("max_attempts"),
            profileRetryMode: config.profile?.value("retry_mode"))
        let client = AWSClient(
            region: region.value, credentialProvider: credentials,
            endpointOverride: { endpoints.url(for: $0) }, transport: transport,
            retryStrategy: retry, logger: logger)
        return AWSSession(config: config, region: region, credentials: credentials, client: client)
    }
}

/// Endpoint overrides resolved up front for the services lakectl calls, so a broken `services` section
/// in the config file is reported at start-up instead of being swallowed mid-flight.
struct EndpointTable: Sendable {
    private let byService: [String: String]
    private let fallback: String?

    static let serviceIds = [
        "STS", "IAM", "KMS", "S3", "RDS", "Glue", "LakeFormation", "Athena", "Firehose", "CloudWatch",
    ]

    init(config: ResolvedConfig, flag: String?) throws {
        var table: [String: String] = [:]
        for id in Self.serviceIds {
            if let endpoint = try config.endpoint(serviceId: id, flag: flag) { table[id] = endpoint.url }
        }
        byService = table
        fallback = flag
    }

    func url(for service: ServiceConfig) -> String? {
        byService[service.serviceId] ?? fallback
    }
}
