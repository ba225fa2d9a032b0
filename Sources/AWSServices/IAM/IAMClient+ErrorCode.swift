import AWSCore

extension IAMClient {
    /// The IAM error codes callers branch on (the API reference's "Errors" of each action), checked with
    /// `AWSError.hasCode(_:)`.
    package enum ErrorCode: String, Sendable, CaseIterable {
        /// The role, policy or version named does not exist (HTTP 404).
        case noSuchEntity = "NoSuchEntity"
        /// Create of a name that is taken (HTTP 409).
        case entityAlreadyExists = "EntityAlreadyExists"
        /// A quota: 5 versions per managed policy, 10 (default) managed policies per role, ... (HTTP 409).
        case limitExceeded = "LimitExceeded"
        /// Delete of something still in use: a policy attached to a role, a role with policies (HTTP 409).
        case deleteConflict = "DeleteConflict"
        /// The JSON is not a valid policy (HTTP 400).
        case malformedPolicyDocument = "MalformedPolicyDocument"
        case invalidInput = "InvalidInput"
        case unmodifiableEntity = "UnmodifiableEntity"
    }
}
