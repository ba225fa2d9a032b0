/// `whoami`: the account, principal and region lakectl is using, and where the credentials came from
/// (the first thing to check when something is denied).
package struct CallerIdentity: Sendable, Equatable {
    package var account: String
    package var arn: String
    package var userId: String
    package var region: String
    package var regionSource: String
    package var credentialSource: String
}

extension LakeSession {
    /// STS GetCallerIdentity, which needs no permissions.
    package func callerIdentity() async throws -> CallerIdentity {
        let identity = try await sts.getCallerIdentity()
        let current = try await credentials.current()
        return CallerIdentity(
            account: identity.account, arn: identity.arn, userId: identity.userId, region: regionName,
            regionSource: regionSource, credentialSource: current.source)
    }
}
