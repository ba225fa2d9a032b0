/// One named profile as the SDKs see it: the `[profile x]` section of the config file overlaid with the `[x]`
/// section of the credentials file (the credentials file wins key by key, as in botocore).
package struct Profile: Sendable, Equatable {
    package var name: String
    package var properties: [String: ProfileProperty]

    package init(name: String, properties: [String: ProfileProperty] = [:]) {
        self.name = name
        self.properties = properties
    }

    /// The value of `key` (lower-case), or nil when unset or empty (the SDKs treat `key =` as unset).
    package func value(_ key: String) -> String? {
        guard let value = properties[key]?.value, !value.isEmpty else { return nil }
        return value
    }

    package func location(_ key: String) -> ConfigLocation? {
        properties[key]?.location
    }

    /// A boolean setting; accepts `true`/`false` in any case. Other text is an error rather than a guess.
    package func bool(_ key: String) throws -> Bool? {
        guard let text = value(key) else { return nil }
        switch text.lowercased() {
        case "true": return true
        case "false": return false
        default:
            throw ConfigError.invalidValue(key: key, profile: name, at: location(key), reason: "must be true or false")
        }
    }

    /// An integer setting; other text is an error.
    package func int(_ key: String) throws -> Int? {
        guard let text = value(key) else { return nil }
        guard let number = Int(text) else {
            throw ConfigError.invalidValue(key: key, profile: name, at: location(key), reason: "must be a whole number")
        }
        return number
    }
}

/// A value with the file and line it came from and which of the two shared files that was.
package struct ProfileProperty: Sendable, Equatable {
    package var value: String
    package var subProperties: [String: String]
    package var location: ConfigLocation
    package var file: SharedFileKind

    package init(value: String, subProperties: [String: String] = [:], location: ConfigLocation, file: SharedFileKind) {
        self.value = value
        self.subProperties = subProperties
        self.location = location
        self.file = file
    }
}

/// The two shared files. The kind decides how a section header names a profile.
package enum SharedFileKind: Sendable, Equatable {
    /// `~/.aws/config`: `[default]`, `[profile x]`, `[sso-session x]`, `[services x]`.
    case config
    /// `~/.aws/credentials`: `[x]` names profile x.
    case credentials
}
