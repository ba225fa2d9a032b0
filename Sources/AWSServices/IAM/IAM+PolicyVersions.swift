import AWSCore

/// Versions of a managed policy. IAM keeps at most five; the default one is in force.
extension IAMClient {
    /// One version with its document (URL-decoded). Throws `NoSuchEntity`.
    package func getPolicyVersion(arn: String, versionId: String) async throws -> PolicyVersion {
        let operation = "GetPolicyVersion"
        let result = try await client.query(
            Self.service, action: operation, parameters: [("PolicyArn", arn), ("VersionId", versionId)])
        guard let version = result.child("PolicyVersion") else {
            throw AWSClientError.invalidResponse(
                service: Self.service.serviceId, operation: operation, reason: "the reply has no PolicyVersion")
        }
        return try policyVersion(version, operation: operation)
    }

    /// Every version (without documents), all pages.
    package func listPolicyVersions(arn: String) async throws -> [PolicyVersion] {
        let operation = "ListPolicyVersions"
        let paginator = Paginator<Page<PolicyVersion>>(
            service: Self.service.serviceId, operation: operation,
            fetch: { marker in
                let parameters = [("PolicyArn", arn)] + Self.pagingParameters(marker: marker, maxItems: nil)
                let result = try await client.query(Self.service, action: operation, parameters: parameters)
                return try Self.page(result, listName: "Versions") { try policyVersion($0, operation: operation) }
            },
            nextToken: { $0.nextToken })
        return try await paginator.collect().flatMap(\.items)
    }

    /// Adds a version; with `setAsDefault` it takes effect at once. Throws `LimitExceeded` when the
    /// policy already has five versions.
    package func createPolicyVersion(arn: String, document: String, setAsDefault: Bool) async throws -> PolicyVersion {
        let operation = "CreatePolicyVersion"
        let parameters = [
            ("PolicyArn", arn), ("PolicyDocument", document), ("SetAsDefault", setAsDefault ? "true" : "false"),
        ]
        let result = try await client.query(Self.service, action: operation, parameters: parameters)
        guard let version = result.child("PolicyVersion") else {
            throw AWSClientError.invalidResponse(
                service: Self.service.serviceId, operation: operation, reason: "the reply has no PolicyVersion")
        }
        return try policyVersion(version, operation: operation)
    }

    /// Deletes a non-default version (`DeleteConflict` for the default one).
    package func deletePolicyVersion(arn: String, versionId: String) async throws {
        _ = try await client.query(
            Self.service, action: "DeletePolicyVersion", parameters: [("PolicyArn", arn), ("VersionId", versionId)])
    }
}
