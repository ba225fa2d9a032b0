/// The key material one signature needs. AWSCore maps its `AWSCredentials` to this at signing time, so
/// the signer does not depend on where credentials came from.
///
/// Printing it (string interpolation, `print`, `dump`, `debugDescription`) never shows the secret key or
/// the session token: they end up in logs and error messages far too easily otherwise.
package struct SigningCredentials: Sendable, Equatable {
    package var accessKeyId: String
    package var secretAccessKey: String
    /// Present for temporary credentials (STS, SSO, instance roles); sent as `X-Amz-Security-Token`.
    package var sessionToken: String?

    package init(accessKeyId: String, secretAccessKey: String, sessionToken: String? = nil) {
        self.accessKeyId = accessKeyId
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
    }
}

extension SigningCredentials: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    package var description: String {
        let token = sessionToken == nil ? "nil" : "<redacted>"
        return "SigningCredentials(accessKeyId: \(accessKeyId), secretAccessKey: <redacted>, sessionToken: \(token))"
    }

    package var debugDescription: String { description }

    /// `dump` and `Mirror`-based printers would otherwise list the stored secret.
    package var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "accessKeyId": accessKeyId, "secretAccessKey": "<redacted>",
                "sessionToken": sessionToken == nil ? "nil" : "<redacted>",
            ],
            displayStyle: .struct)
    }
}
