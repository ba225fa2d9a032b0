import Foundation

/// AssumeRoleWithWebIdentity with an OIDC token from a file (EKS IRSA, GitHub Actions OIDC). Each setting is
/// taken from the environment first, then the profile, as botocore does: AWS_WEB_IDENTITY_TOKEN_FILE /
/// `web_identity_token_file`, AWS_ROLE_ARN / `role_arn`, AWS_ROLE_SESSION_NAME / `role_session_name`.
/// The token file is re-read on every call because the platform rotates it.
package struct WebIdentityCredentialProvider: CredentialProvider {
    package let name = "web identity token"
    package var environment: [String: String]
    package var profile: Profile?
    package var reader: FileReader
    package var sts: any STSCredentialFetcher
    /// Region for the STS call; nil falls back to the profile's region, then us-east-1.
    package var region: String?
    package var now: @Sendable () -> Date

    package init(
        environment: [String: String], profile: Profile?, reader: FileReader, sts: any STSCredentialFetcher,
        region: String?, now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.environment = environment
        self.profile = profile
        self.reader = reader
        self.sts = sts
        self.region = region
        self.now = now
    }

    package func credentials() async throws -> AWSCredentials? {
        let tokenFile = setting("AWS_WEB_IDENTITY_TOKEN_FILE", "web_identity_token_file")
        guard let tokenFile else { return nil }
        guard let roleArn = setting("AWS_ROLE_ARN", "role_arn") else {
            throw CredentialsError.incompleteProfile(
                profile: profile?.name ?? "default", missing: "a role ARN (AWS_ROLE_ARN or role_arn) for web identity",
                at: profile?.location("web_identity_token_file"))
        }
        let sessionName =
            setting("AWS_ROLE_SESSION_NAME", "role_session_name")?.value
            ?? "lakectl-\(Int(now().timeIntervalSince1970))"
        let token = try readToken(tokenFile)
        let region = self.region ?? profile?.value("region") ?? "us-east-1"
        var credentials: AWSCredentials
        do {
            credentials = try await sts.assumeRoleWithWebIdentity(
                roleArn: roleArn.value, sessionName: sessionName, token: token, region: region)
        } catch let error as CancellationError {
            throw error
        } catch {
            throw CredentialsError.stsFailed(
                operation: "AssumeRoleWithWebIdentity", roleArn: roleArn.value,
                reason: Redactor.scrub(String(describing: error), secrets: [token]))
        }
        credentials.source = "web identity (\(roleArn.origin) \(roleArn.value))"
        return credentials
    }

    /// A setting's value and where it came from ("AWS_ROLE_ARN" or "profile dev").
    private func setting(_ variable: String, _ key: String) -> (value: String, origin: String)? {
        if let value = environment[variable], !value.isEmpty { return (value, variable) }
        if let profile, let value = profile.value(key) { return (value, "profile \(profile.name)") }
        return nil
    }

    private func readToken(_ file: (value: String, origin: String)) throws -> String {
        let path = SharedConfigLoader(environment: environment, reader: reader).expandTilde(file.value)
        let setting = file.origin.hasPrefix("AWS_") ? file.origin : "web_identity_token_file in \(file.origin)"
        let text: String?
        do {
            text = try reader.read(path)
        } catch {
            throw CredentialsError.tokenFileUnreadable(path: path, setting: setting, reason: "it could not be read")
        }
        guard let text else {
            throw CredentialsError.tokenFileUnreadable(path: path, setting: setting, reason: "it does not exist")
        }
        let token = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !token.isEmpty else {
            throw CredentialsError.tokenFileUnreadable(path: path, setting: setting, reason: "it is empty")
        }
        return token
    }
}
