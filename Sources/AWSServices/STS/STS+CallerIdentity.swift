import AWSCore

extension STSClient {
    /// The account, ARN and user id the current credentials belong to. Needs no permissions, so it is
    /// the canonical "are my credentials valid" check (`lakectl whoami`).
    package func getCallerIdentity() async throws -> CallerIdentity {
        let operation = "GetCallerIdentity"
        let result = try await client.query(Self.service, action: operation)
        return CallerIdentity(
            account: try required(result, "Account", operation: operation),
            arn: try required(result, "Arn", operation: operation),
            userId: try required(result, "UserId", operation: operation))
    }
}
