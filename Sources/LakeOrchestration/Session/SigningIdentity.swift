import AWSCore
import AWSServices
import AWSSigV4
import Foundation

/// Credentials and region for `lakectl sign`, which signs a request it does not send: the same chain and
/// profile rules as a session, but no endpoint table and a region that may come from the request's Host.
package enum SigningIdentity {
    /// `inferredRegion` is what the Host header names; `--region` wins over it, the profile's region is last.
    package static func resolve(
        _ options: SessionOptions, inferredRegion: String?,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) async throws -> (credentials: SigningCredentials, region: String) {
        let config = try ResolvedConfig.load(
            environment: environment, profileFlag: options.profile, regionFlag: options.region)
        guard let region = options.region ?? inferredRegion ?? config.region?.value else {
            throw SessionError.noRegion(profile: config.selection.name)
        }
        let transport = CurlTransport()
        let sts = STSCredentialFetcherClient(
            transport: transport, endpointOverride: { _ in nil }, logger: .init(label: "lakectl.aws"))
        let credentials = try await CredentialChain.cachedStandard(for: config, transport: transport, sts: sts)
            .current()
        return (
            SigningCredentials(
                accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey,
                sessionToken: credentials.sessionToken),
            region
        )
    }
}
