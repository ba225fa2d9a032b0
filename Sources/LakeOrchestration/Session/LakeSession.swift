import AWSCore
import AWSServices
import Foundation
import Logging

/// Everything a flow needs before its first AWS call, resolved once from the options, the environment and
/// the shared files: profile, region, per-service endpoints, the cached credential chain and one AWSClient
/// (so connections, the retry quota and credentials are shared by every service). The CLI builds one and
/// hands it to an orchestration entry point; it never sees a service client.
package struct LakeSession: Sendable {
    let config: ResolvedConfig
    let region: ResolvedRegion
    let credentials: CachedCredentialProvider
    package let client: AWSClient

    /// Fails before any network traffic when the config is broken or no region is set anywhere.
    package static func make(
        _ options: SessionOptions, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> LakeSession {
        let config = try ResolvedConfig.load(
            environment: environment, profileFlag: options.profile, regionFlag: options.region)
        guard let region = config.region else { throw SessionError.noRegion(profile: config.selection.name) }
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
        return LakeSession(config: config, region: region, credentials: credentials, client: client)
    }

    /// The region calls are made in, and where that choice came from ("--region", "AWS_REGION", a profile).
    package var regionName: String { region.value }
    package var regionSource: String { region.source.description }

    var sts: STSClient { STSClient(client: client) }
    var iam: IAMClient { IAMClient(client: client) }
    var kms: KMSClient { KMSClient(client: client) }
    var s3: S3Client { S3Client(client: client) }
    var rds: RDSClient { RDSClient(client: client) }
    var glue: GlueClient { GlueClient(client: client) }
    var logs: CloudWatchLogsClient { CloudWatchLogsClient(client: client) }
}
