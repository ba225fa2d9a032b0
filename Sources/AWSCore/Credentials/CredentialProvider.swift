/// One source of credentials (environment, profile, web identity, container, IMDS, …). A provider
/// returns nil when its source is simply not configured, so the chain can move on; it throws when the
/// source is configured but broken (the chain then stops and reports it, as the SDKs do).
package protocol CredentialProvider: Sendable {
    /// A short name for messages such as "tried: environment, shared files, web identity, …".
    var name: String { get }
    func credentials() async throws -> AWSCredentials?
}
