import AWSCore
import Logging

/// The credential chain's STS calls (role profiles, web identity) made with the STS client. Each call
/// builds a client that signs with exactly the source credentials it is given, because the chain is
/// still resolving the caller's own credentials and cannot lend them.
package struct STSCredentialFetcherClient: STSCredentialFetcher {
    let transport: any HTTPTransport
    let endpointOverride: @Sendable (ServiceConfig) -> String?
    let logger: Logger

    package init(
        transport: any HTTPTransport, endpointOverride: @escaping @Sendable (ServiceConfig) -> String?,
        logger: Logger
    ) {
        self.transport = transport
        self.endpointOverride = endpointOverride
        self.logger = logger
    }

    package func assumeRole(
        roleArn: String, sessionName: String, externalId: String?, durationSeconds: Int?, using: AWSCredentials,
        region: String
    ) async throws -> AWSCredentials {
        let sts = STSClient(client: client(region: region, credentials: FixedCredentials(fixed: using)))
        let result = try await sts.assumeRole(
            roleArn: roleArn, sessionName: sessionName, durationSeconds: durationSeconds, externalId: externalId)
        return result.awsCredentials(source: "assumed role \(result.assumedRoleArn)")
    }

    package func assumeRoleWithWebIdentity(roleArn: String, sessionName: String, token: String, region: String)
        async throws -> AWSCredentials
    {
        let sts = STSClient(client: client(region: region, credentials: nil))
        let result = try await sts.assumeRoleWithWebIdentity(
            roleArn: roleArn, sessionName: sessionName, webIdentityToken: token)
        return result.awsCredentials(source: "web identity \(result.assumedRoleArn)")
    }

    private func client(region: String, credentials: (any CredentialProvider)?) -> AWSClient {
        AWSClient(
            region: region, credentialProvider: credentials, endpointOverride: endpointOverride,
            transport: transport, logger: logger)
    }
}

/// Hands out one set of credentials as they are: the source credentials of an AssumeRole call.
struct FixedCredentials: CredentialProvider {
    let name = "source credentials"
    let fixed: AWSCredentials

    func credentials() async throws -> AWSCredentials? { fixed }
}
