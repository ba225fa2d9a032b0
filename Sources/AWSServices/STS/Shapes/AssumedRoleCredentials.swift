import AWSCore
import Foundation

/// Temporary credentials from AssumeRole / AssumeRoleWithWebIdentity, with the session's identity.
/// Printing it never shows the secret key or the session token.
package struct AssumedRoleCredentials: Sendable, Equatable {
    package var accessKeyId: String
    package var secretAccessKey: String
    package var sessionToken: String
    package var expiration: Date
    /// `arn:aws:sts::123456789012:assumed-role/role-name/session-name`.
    package var assumedRoleArn: String
    /// `AROA…:session-name`.
    package var assumedRoleId: String
    package var sourceIdentity: String?
    /// Web identity only: the token's `sub` claim.
    package var subjectFromWebIdentityToken: String?

    package init(
        accessKeyId: String, secretAccessKey: String, sessionToken: String, expiration: Date, assumedRoleArn: String,
        assumedRoleId: String, sourceIdentity: String? = nil, subjectFromWebIdentityToken: String? = nil
    ) {
        self.accessKeyId = accessKeyId
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
        self.expiration = expiration
        self.assumedRoleArn = assumedRoleArn
        self.assumedRoleId = assumedRoleId
        self.sourceIdentity = sourceIdentity
        self.subjectFromWebIdentityToken = subjectFromWebIdentityToken
    }

    /// As credentials a provider hands to the client; `source` says how they were obtained.
    package func awsCredentials(source: String) -> AWSCredentials {
        AWSCredentials(
            accessKeyId: accessKeyId, secretAccessKey: secretAccessKey, sessionToken: sessionToken,
            expiration: expiration, source: source)
    }
}

extension AssumedRoleCredentials: CustomStringConvertible, CustomDebugStringConvertible {
    package var description: String {
        "AssumedRoleCredentials(accessKeyId: \(accessKeyId), role: \(assumedRoleArn), expires: \(AWSTimestamp.format(expiration)))"
    }
    package var debugDescription: String { description }
}
