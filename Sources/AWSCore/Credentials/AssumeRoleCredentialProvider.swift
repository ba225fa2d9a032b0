import Foundation

/// A profile with `role_arn` plus `source_profile` or `credential_source`: get the source credentials, then
/// call STS AssumeRole with them. Source profiles may themselves assume roles (a → b → keys); a loop is an
/// error naming the profiles. The source rules follow botocore's AssumeRoleProvider: a source profile with
/// static keys uses them (even if it also has a role), otherwise its role, web identity or credential_process.
package struct AssumeRoleCredentialProvider: CredentialProvider {
    package var profileName: String
    package var context: CredentialContext

    package init(profileName: String, context: CredentialContext) {
        self.profileName = profileName
        self.context = context
    }

    package var name: String { "assume role (profile \(profileName))" }

    package func credentials() async throws -> AWSCredentials? {
        guard let profile = context.config.profile(named: profileName), Self.isRoleProfile(profile) else { return nil }
        return try await assumeRole(profile, visited: [profile.name])
    }

    /// `role_arn` without `web_identity_token_file` (that combination belongs to the web identity provider).
    static func isRoleProfile(_ profile: Profile) -> Bool {
        profile.value("role_arn") != nil && profile.value("web_identity_token_file") == nil
    }

    private func assumeRole(_ profile: Profile, visited: [String]) async throws -> AWSCredentials {
        guard let roleArn = profile.value("role_arn") else {
            throw CredentialsError.incompleteProfile(profile: profile.name, missing: "role_arn", at: nil)
        }
        if profile.value("mfa_serial") != nil {
            throw CredentialsError.unsupported(
                feature: "mfa_serial (an MFA code prompt)", profile: profile.name,
                advice: "Use `aws sts get-session-token` and export the result, or a credential_process that prompts.")
        }
        let source = try await sourceCredentials(for: profile, visited: visited)
        let region = context.region ?? profile.value("region") ?? "us-east-1"
        let sessionName = profile.value("role_session_name") ?? "lakectl-\(Int(context.now().timeIntervalSince1970))"
        let durationSeconds = try profile.int("duration_seconds")
        var credentials: AWSCredentials
        do {
            credentials = try await context.sts.assumeRole(
                roleArn: roleArn, sessionName: sessionName, externalId: profile.value("external_id"),
                durationSeconds: durationSeconds, using: source, region: region)
        } catch let error as CancellationError {
            throw error
        } catch {
            throw CredentialsError.stsFailed(
                operation: "AssumeRole", roleArn: roleArn,
                reason: Redactor.scrub(String(describing: error), secrets: Redactor.secrets(of: source)))
        }
        credentials.source = "assumed role \(roleArn) via profile \(profile.name)"
        return credentials
    }

    private func sourceCredentials(for profile: Profile, visited: [String]) async throws -> AWSCredentials {
        let sourceProfile = profile.value("source_profile")
        let credentialSource = profile.value("credential_source")
        switch (sourceProfile, credentialSource) {
        case (.some, .some):
            throw CredentialsError.invalidSetting(
                name: "role profile '\(profile.name)'",
                reason: "sets both source_profile and credential_source; keep one",
                at: profile.location("credential_source"))
        case (nil, nil):
            throw CredentialsError.incompleteProfile(
                profile: profile.name, missing: "source_profile or credential_source (needed by role_arn)",
                at: profile.location("role_arn"))
        case (nil, .some(let credentialSource)):
            return try await fromCredentialSource(credentialSource, profile: profile)
        case (.some(let sourceName), nil):
            return try await fromSourceProfile(sourceName, parent: profile, visited: visited)
        }
    }

    private func fromSourceProfile(_ sourceName: String, parent: Profile, visited: [String]) async throws
        -> AWSCredentials
    {
        guard let source = context.config.profile(named: sourceName) else {
            throw CredentialsError.sourceProfileNotFound(
                profile: parent.name, sourceProfile: sourceName, at: parent.location("source_profile"))
        }
        let staticKeys = try ProfileCredentialProvider.staticCredentials(
            in: source, source: "profile \(sourceName) (\(Self.file(of: source, in: context.config)))")
        if visited.contains(sourceName), sourceName != parent.name || staticKeys == nil {
            throw CredentialsError.sourceProfileCycle(profiles: visited + [sourceName])
        }
        if let staticKeys { return staticKeys }
        if Self.isRoleProfile(source) { return try await assumeRole(source, visited: visited + [sourceName]) }
        if source.value("web_identity_token_file") != nil {
            // botocore disables the environment variables for source profiles; keep HOME for `~` paths.
            let environment = context.environment.filter { $0.key == "HOME" }
            let provider = WebIdentityCredentialProvider(
                environment: environment, profile: source, reader: context.reader, sts: context.sts,
                region: context.region, now: context.now)
            if let credentials = try await provider.credentials() { return credentials }
        }
        if let command = source.value("credential_process") {
            return try await ProcessCredentialProvider.run(
                command, profile: sourceName, runner: context.commandRunner,
                timeoutSeconds: context.processTimeoutSeconds)
        }
        throw CredentialsError.incompleteProfile(
            profile: sourceName,
            missing: """
                credentials (static keys, role_arn, web_identity_token_file or credential_process) \
                to act as source_profile of '\(parent.name)'
                """,
            at: parent.location("source_profile"))
    }

    private func fromCredentialSource(_ value: String, profile: Profile) async throws -> AWSCredentials {
        let provider: any CredentialProvider
        switch value {
        case "Environment":
            provider = EnvironmentCredentialProvider(environment: context.environment)
        case "Ec2InstanceMetadata":
            provider = IMDSCredentialProvider(
                environment: context.environment, profile: profile, transport: context.transport)
        case "EcsContainer":
            provider = ContainerCredentialProvider(
                environment: context.environment, reader: context.reader, transport: context.transport)
        default:
            throw CredentialsError.invalidSetting(
                name: "credential_source", reason: "must be Environment, Ec2InstanceMetadata or EcsContainer",
                at: profile.location("credential_source"))
        }
        guard let credentials = try await provider.credentials() else {
            throw CredentialsError.invalidSetting(
                name: "credential_source",
                reason: "= \(value) found no credentials (\(provider.name) is not configured)",
                at: profile.location("credential_source"))
        }
        return credentials
    }

    /// Which shared file a profile's access key came from, for the source description.
    private static func file(of profile: Profile, in config: SharedConfig) -> String {
        profile.properties["aws_access_key_id"]?.file == .credentials ? config.credentialsPath : config.configPath
    }
}
