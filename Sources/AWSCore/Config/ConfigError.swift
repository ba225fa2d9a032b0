/// Everything that can be wrong with the shared config files or the settings read from them. Each case says
/// where (file:line, profile) and the description says what to do. No case ever carries a setting's value
/// for keys that may hold secrets.
package enum ConfigError: Error, Sendable, Equatable {
    /// A line the INI grammar does not accept.
    case syntax(ConfigLocation, reason: String)
    /// The file exists but could not be read.
    case unreadableFile(path: String, reason: String)
    /// `--profile` or `AWS_PROFILE` names a profile that neither shared file defines.
    case profileNotFound(name: String, selectedBy: String, configPath: String, credentialsPath: String)
    /// A profile's `services = x` names a `[services x]` section that does not exist.
    case servicesSectionNotFound(name: String, profile: String, at: ConfigLocation)
    /// A setting holds a value of the wrong shape (not a number, not a boolean, …).
    case invalidValue(key: String, profile: String, at: ConfigLocation?, reason: String)
    /// A region name with characters no region has (`us-east-1/../x`): it would reach a host name and the
    /// signature. `source` says where it was set ("--region", "AWS_REGION", "profile dev at file:line").
    case malformedRegion(value: String, source: String)
    /// A well-formed region AWS does not have (`us-eest-1`), with the nearest known one when it looks like
    /// a typo.
    case unknownRegion(value: String, source: String, suggestion: String?)
}

extension ConfigError: CustomStringConvertible {
    package var description: String {
        switch self {
        case .syntax(let location, let reason):
            return """
                \(location): \(reason). \
                Fix the line or remove it; the format is `[section]` headers and `key = value` lines.
                """
        case .unreadableFile(let path, let reason):
            return """
                cannot read \(path): \(reason). \
                Check the file's permissions, or point AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE elsewhere.
                """
        case .profileNotFound(let name, let selectedBy, let configPath, let credentialsPath):
            return """
                the profile '\(name)' (selected by \(selectedBy)) is not defined in \(configPath) \
                (as [profile \(name)]) nor in \(credentialsPath) (as [\(name)]). \
                Create it with `aws configure --profile \(name)` or choose another profile.
                """
        case .servicesSectionNotFound(let name, let profile, let location):
            return """
                \(location): profile '\(profile)' refers to services section '\(name)', \
                but there is no [services \(name)] section. \
                Add the section or remove the `services` line.
                """
        case .invalidValue(let key, let profile, let location, let reason):
            let place = location.map { "\($0): " } ?? ""
            return "\(place)profile '\(profile)': \(key) \(reason)."
        case .malformedRegion(let value, let source):
            return """
                region '\(value)' (from \(source)) is not a region name: only letters, digits and hyphens. \
                Set a region such as us-east-1.
                """
        case .unknownRegion(let value, let source, let suggestion):
            let hint = suggestion.map { "Did you mean \($0)? " } ?? ""
            return """
                region '\(value)' (from \(source)) is not an AWS region lakectl knows. \(hint)\
                If AWS has opened it since, set \(AWSRegions.allowUnknownVariable)=1 to use it anyway.
                """
        }
    }
}
