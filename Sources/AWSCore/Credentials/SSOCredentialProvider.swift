/// Holds the SSO (IAM Identity Center) slot of the chain. lakectl cannot log in through SSO yet, but a
/// profile configured for it must not silently fall through to other sources, so this provider reports the
/// gap with a working alternative (the AWS CLI can export the cached SSO session as a credential_process).
package struct SSOCredentialProvider: CredentialProvider {
    package let name = "SSO (IAM Identity Center)"
    package var profile: Profile?

    package init(profile: Profile?) {
        self.profile = profile
    }

    package func credentials() async throws -> AWSCredentials? {
        guard let profile, profile.value("sso_session") != nil || profile.value("sso_start_url") != nil else {
            return nil
        }
        throw CredentialsError.unsupported(
            feature: "SSO (IAM Identity Center)", profile: profile.name,
            advice:
                "Run `aws sso login --profile \(profile.name)` and add a profile with "
                + "`credential_process = aws configure export-credentials --profile \(profile.name) --format process`."
        )
    }
}
