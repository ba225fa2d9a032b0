/// The two STS calls the credential providers need, injected because the STS client sits above the
/// credential chain (it needs credentials itself). The lead implements this on top of `AWSClient` (STS query
/// API); tests use a fake. `assumeRoleWithWebIdentity` is an unsigned call: the token is the proof.
/// The returned credentials must carry STS's `Expiration` (the cache refreshes from it); their `source` is
/// replaced by the calling provider ("assumed role … via profile dev"). Errors thrown here are shown to the
/// user after the providers scrub the secrets they know, but should not quote request parameters anyway.
package protocol STSCredentialFetcher: Sendable {
    /// STS AssumeRole, signed with `using`. `durationSeconds` nil leaves the role's default (1 hour).
    func assumeRole(
        roleArn: String, sessionName: String, externalId: String?, durationSeconds: Int?, using: AWSCredentials,
        region: String
    ) async throws -> AWSCredentials

    /// STS AssumeRoleWithWebIdentity (unsigned), with the OIDC token read from the token file.
    func assumeRoleWithWebIdentity(roleArn: String, sessionName: String, token: String, region: String) async throws
        -> AWSCredentials
}
