/// Why no usable credentials could be produced. A provider throws one of these when its source is configured
/// but broken; the chain throws `noCredentials` when no source is configured at all. Cases carry where
/// (profile, file:line, variable) and the description says what to do. No case holds a secret key, session
/// token or web identity token; wrapped foreign messages go through `Redactor` first.
package enum CredentialsError: Error, Sendable, Equatable {
    /// Every provider in the chain was tried and none was configured.
    case noCredentials(tried: [String], profile: String)
    /// One of AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY is set without the other.
    case incompleteEnvironment(missing: String, present: String)
    /// A profile has part of a configuration (a key without its secret, a role without a source, …).
    case incompleteProfile(profile: String, missing: String, at: ConfigLocation?)
    /// A setting has a value of the wrong shape (`duration_seconds = soon`, a bad AWS_CREDENTIAL_EXPIRATION).
    case invalidSetting(name: String, reason: String, at: ConfigLocation?)
    /// `source_profile` names a profile that does not exist.
    case sourceProfileNotFound(profile: String, sourceProfile: String, at: ConfigLocation?)
    /// `source_profile` links loop back on themselves (a → b → a).
    case sourceProfileCycle(profiles: [String])
    /// A feature lakectl does not implement yet (SSO, MFA), with the workaround.
    case unsupported(feature: String, profile: String, advice: String)
    /// STS refused or failed an AssumeRole / AssumeRoleWithWebIdentity call.
    case stsFailed(operation: String, roleArn: String, reason: String)
    /// `credential_process` could not start, failed, timed out or printed something unusable.
    case processFailed(profile: String, reason: String)
    /// A token file (web identity, container authorization) could not be read.
    case tokenFileUnreadable(path: String, setting: String, reason: String)
    /// The container credentials endpoint is misconfigured, unreachable or refused.
    case containerEndpoint(url: String, reason: String)
    /// The instance metadata service answered but could not provide credentials.
    case instanceMetadata(reason: String)
    /// A credentials reply (container, IMDS, process) did not have the expected shape.
    case malformedResponse(source: String, reason: String)
    /// The source handed out credentials whose Expiration has already passed, even when asked afresh:
    /// signing with them would only earn ExpiredToken from every service.
    case expired(source: String, expiration: String)
}

extension CredentialsError: CustomStringConvertible {
    package var description: String {
        switch self {
        case .noCredentials(let tried, let profile):
            return """
                no AWS credentials found for profile '\(profile)'. Tried, in order: \(tried.joined(separator: ", ")). \
                Configure one: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY; or run `aws configure` \
                (add --profile NAME and use --profile/AWS_PROFILE); or add role_arn + source_profile, \
                credential_process or web_identity_token_file to the profile in ~/.aws/config; \
                or run on AWS with a task role or instance profile.
                """
        case .incompleteEnvironment(let missing, let present):
            return "\(present) is set but \(missing) is not. Set both, or unset \(present) to use another source."
        case .incompleteProfile(let profile, let missing, let location):
            return """
                \(prefix(location))profile '\(profile)' is missing \(missing). \
                Add it to the profile or remove the partial settings.
                """
        case .invalidSetting(let name, let reason, let location):
            return "\(prefix(location))\(name) \(reason)."
        case .sourceProfileNotFound(let profile, let sourceProfile, let location):
            return """
                \(prefix(location))profile '\(profile)' has source_profile = \(sourceProfile), \
                but no profile '\(sourceProfile)' exists. \
                Define it in ~/.aws/config or ~/.aws/credentials.
                """
        case .sourceProfileCycle(let profiles):
            return """
                source_profile settings form a loop: \(profiles.joined(separator: " → ")). \
                Point the last profile at one with static keys or a credential_source.
                """
        case .unsupported(let feature, let profile, let advice):
            return "profile '\(profile)' uses \(feature), which lakectl does not support yet. \(advice)"
        case .stsFailed(let operation, let roleArn, let reason):
            return """
                STS \(operation) for \(roleArn) failed: \(reason). \
                Check that the role exists, trusts the caller, and that the source credentials are valid.
                """
        case .processFailed(let profile, let reason):
            return """
                credential_process of profile '\(profile)' \(reason). \
                Run the command yourself to see its output; \
                it must print JSON with Version 1, AccessKeyId and SecretAccessKey.
                """
        case .tokenFileUnreadable(let path, let setting, let reason):
            return """
                cannot read the token file \(path) (from \(setting)): \(reason). \
                Check that the path is right and readable.
                """
        case .containerEndpoint(let url, let reason):
            return """
                container credentials endpoint \(url): \(reason). \
                Check AWS_CONTAINER_CREDENTIALS_RELATIVE_URI / _FULL_URI and the authorization token.
                """
        case .instanceMetadata(let reason):
            return "instance metadata (IMDSv2): \(reason). Set AWS_EC2_METADATA_DISABLED=true to skip it."
        case .malformedResponse(let source, let reason):
            return "the credentials from \(source) are unusable: \(reason)."
        case .expired(let source, let expiration):
            return """
                the credentials from \(source) expired at \(expiration), and asking afresh returned them \
                again. Renew them at their source (the credential_process helper, `aws sso login`, \
                the exported AWS_* variables) and try again.
                """
        }
    }

    private func prefix(_ location: ConfigLocation?) -> String {
        location.map { "\($0): " } ?? ""
    }
}
