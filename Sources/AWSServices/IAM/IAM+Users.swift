import AWSCore

/// Users, their access keys and inline policies: what an operator account with limited rights is made
/// of (tests build one to check that flows ask only for what they need).
extension IAMClient {
    /// Creates a user. Throws `EntityAlreadyExists`.
    package func createUser(name: String, tags: [IAMTag] = [.managedByLakectl]) async throws {
        _ = try await client.query(
            Self.service, action: "CreateUser", parameters: [("UserName", name)] + Self.tagParameters(tags))
    }

    /// A new access key for the user. The secret is returned only here, never again by IAM.
    package func createAccessKey(userName: String) async throws -> IAMAccessKey {
        let operation = "CreateAccessKey"
        let result = try await client.query(Self.service, action: operation, parameters: [("UserName", userName)])
        return IAMAccessKey(
            userName: userName,
            accessKeyId: try required(result, "AccessKey", "AccessKeyId", operation: operation),
            secretAccessKey: try required(result, "AccessKey", "SecretAccessKey", operation: operation))
    }

    /// Adds or replaces an inline policy of a user.
    package func putUserPolicy(userName: String, policyName: String, document: String) async throws {
        _ = try await client.query(
            Self.service, action: "PutUserPolicy",
            parameters: [("UserName", userName), ("PolicyName", policyName), ("PolicyDocument", document)])
    }
}
