import Foundation

/// Credentials as a provider returns them, with where they came from (shown by `lakectl whoami`) and
/// when they expire (so the cache refreshes them before, not after).
package struct AWSCredentials: Sendable, Equatable {
    package var accessKeyId: String
    package var secretAccessKey: String
    package var sessionToken: String?
    package var expiration: Date?
    /// Human-readable origin: "environment", "profile dev (shared credentials file)",
    /// "assumed role arn:aws:iam::…:role/x via profile dev", "web identity", "container", "instance metadata".
    package var source: String

    package init(
        accessKeyId: String, secretAccessKey: String, sessionToken: String? = nil, expiration: Date? = nil,
        source: String
    ) {
        self.accessKeyId = accessKeyId
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
        self.expiration = expiration
        self.source = source
    }
}

extension AWSCredentials: CustomStringConvertible, CustomDebugStringConvertible {
    /// Never prints the secret key or the session token.
    package var description: String { "AWSCredentials(accessKeyId: \(accessKeyId), source: \(source))" }
    package var debugDescription: String { description }
}
