import AWSCore

extension STSClient {
    /// Temporary credentials for `roleArn`, signed with the client's current credentials.
    /// - Parameters:
    ///   - durationSeconds: 900 up to the role's maximum session (default 3600 on AWS when nil).
    ///   - externalId: required by roles whose trust policy demands it (third-party access).
    ///   - policy: an inline session policy (JSON) further limiting the session.
    package func assumeRole(
        roleArn: String, sessionName: String, durationSeconds: Int? = nil, externalId: String? = nil,
        policy: String? = nil
    ) async throws -> AssumedRoleCredentials {
        let operation = "AssumeRole"
        var parameters = [("RoleArn", roleArn), ("RoleSessionName", sessionName)]
        if let durationSeconds { parameters.append(("DurationSeconds", String(durationSeconds))) }
        if let externalId { parameters.append(("ExternalId", externalId)) }
        if let policy { parameters.append(("Policy", policy)) }
        let result = try await client.query(Self.service, action: operation, parameters: parameters)
        return try assumedRole(from: result, operation: operation)
    }

    /// Temporary credentials for `roleArn` in exchange for an OIDC token (EKS service accounts, GitHub
    /// Actions). The call is not signed: the token is the proof, and no AWS credentials exist yet.
    package func assumeRoleWithWebIdentity(
        roleArn: String, sessionName: String, webIdentityToken: String, durationSeconds: Int? = nil,
        policy: String? = nil
    ) async throws -> AssumedRoleCredentials {
        let operation = "AssumeRoleWithWebIdentity"
        var parameters = [
            ("RoleArn", roleArn), ("RoleSessionName", sessionName), ("WebIdentityToken", webIdentityToken),
        ]
        if let durationSeconds { parameters.append(("DurationSeconds", String(durationSeconds))) }
        if let policy { parameters.append(("Policy", policy)) }
        let result = try await client.query(Self.service, action: operation, parameters: parameters, signed: false)
        var credentials = try assumedRole(from: result, operation: operation)
        credentials.subjectFromWebIdentityToken = result.string("SubjectFromWebIdentityToken")
        return credentials
    }

    private func assumedRole(from result: XElement, operation: String) throws -> AssumedRoleCredentials {
        let expirationText = try required(result, "Credentials", "Expiration", operation: operation)
        guard let expiration = AWSTimestamp.parse(expirationText) else {
            throw AWSClientError.invalidResponse(
                service: Self.service.serviceId, operation: operation,
                reason: "Credentials/Expiration \(expirationText) is not an ISO 8601 time")
        }
        return AssumedRoleCredentials(
            accessKeyId: try required(result, "Credentials", "AccessKeyId", operation: operation),
            secretAccessKey: try required(result, "Credentials", "SecretAccessKey", operation: operation),
            sessionToken: try required(result, "Credentials", "SessionToken", operation: operation),
            expiration: expiration,
            assumedRoleArn: try required(result, "AssumedRoleUser", "Arn", operation: operation),
            assumedRoleId: try required(result, "AssumedRoleUser", "AssumedRoleId", operation: operation),
            sourceIdentity: result.string("SourceIdentity"))
    }
}
