/// Static keys (`aws_access_key_id`, `aws_secret_access_key`, `aws_session_token`) of one profile in one of
/// the shared files. The chain uses two instances because botocore consults the credentials file before
/// `credential_process` and the config file after it (AWS-NOTES B8).
package struct ProfileCredentialProvider: CredentialProvider {
    package var profileName: String
    package var config: SharedConfig
    package var file: SharedFileKind

    package init(profileName: String, config: SharedConfig, file: SharedFileKind) {
        self.profileName = profileName
        self.config = config
        self.file = file
    }

    package var name: String {
        "profile \(profileName) keys (\(path))"
    }

    package func credentials() async throws -> AWSCredentials? {
        let table = file == .credentials ? config.credentialsProfiles : config.configProfiles
        guard let profile = table[profileName] else { return nil }
        return try Self.staticCredentials(in: profile, source: "profile \(profileName) (\(path))")
    }

    /// The static keys of `profile`, nil when it has no access key id, an error when the secret is missing.
    static func staticCredentials(in profile: Profile, source: String) throws -> AWSCredentials? {
        guard let accessKeyId = profile.value("aws_access_key_id") else { return nil }
        guard let secretAccessKey = profile.value("aws_secret_access_key") else {
            throw CredentialsError.incompleteProfile(
                profile: profile.name, missing: "aws_secret_access_key", at: profile.location("aws_access_key_id"))
        }
        return AWSCredentials(
            accessKeyId: accessKeyId, secretAccessKey: secretAccessKey,
            sessionToken: profile.value("aws_session_token") ?? profile.value("aws_security_token"), source: source)
    }

    private var path: String { file == .credentials ? config.credentialsPath : config.configPath }
}
