/// The shared config and credentials files, parsed and sorted into profiles, SSO sessions and services
/// sections. Built by `SharedConfigLoader`; tests can build one straight from text.
package struct SharedConfig: Sendable, Equatable {
    /// Display paths of the two files (whether or not they exist), for messages.
    package var configPath: String
    package var credentialsPath: String
    /// Profiles from the config file and from the credentials file, kept apart because the credential chain
    /// consults them at different steps (credentials file keys → credential_process → config file keys).
    package var configProfiles: [String: Profile]
    package var credentialsProfiles: [String: Profile]
    package var ssoSessions: [String: Profile]
    package var servicesSections: [String: ServicesSection]
    /// Config-file sections the SDKs ignore (e.g. `[dev]` without the `profile` prefix), for diagnostics.
    package var ignoredSections: [ConfigLocation]

    package init(config: INIFile?, credentials: INIFile?, configPath: String, credentialsPath: String) {
        self.configPath = configPath
        self.credentialsPath = credentialsPath
        configProfiles = [:]
        credentialsProfiles = [:]
        ssoSessions = [:]
        servicesSections = [:]
        ignoredSections = []
        for section in config?.sections ?? [] { addConfigSection(section) }
        for section in credentials?.sections ?? [] {
            Self.merge(section, into: &credentialsProfiles, name: section.name, file: .credentials)
        }
    }

    /// The merged profile: credentials-file keys over config-file keys. Nil when neither file defines it.
    package func profile(named name: String) -> Profile? {
        let fromConfig = configProfiles[name]
        let fromCredentials = credentialsProfiles[name]
        guard fromConfig != nil || fromCredentials != nil else { return nil }
        var merged = fromConfig ?? Profile(name: name)
        for (key, property) in fromCredentials?.properties ?? [:] { merged.properties[key] = property }
        return merged
    }

    /// The profile chosen by `selection`. A profile named explicitly (flag or AWS_PROFILE) must exist; the
    /// implicit `default` may be absent (then nil), as with the AWS CLI.
    package func profile(for selection: ProfileSelection) throws -> Profile? {
        if let profile = profile(named: selection.name) { return profile }
        guard selection.isExplicit else { return nil }
        throw ConfigError.profileNotFound(
            name: selection.name, selectedBy: selection.source.description, configPath: configPath,
            credentialsPath: credentialsPath)
    }

    /// The `[services x]` section a profile's `services = x` names, or nil when the profile has none.
    package func servicesSection(for profile: Profile) throws -> ServicesSection? {
        guard let name = profile.value("services") else { return nil }
        guard let section = servicesSections[name] else {
            throw ConfigError.servicesSectionNotFound(
                name: name, profile: profile.name,
                at: profile.location("services") ?? ConfigLocation(path: configPath, line: 0))
        }
        return section
    }

    private mutating func addConfigSection(_ section: INISection) {
        let parts = section.name.split(whereSeparator: { $0 == " " || $0 == "\t" })
        if section.name == "default" {
            Self.merge(section, into: &configProfiles, name: "default", file: .config)
        } else if parts.count == 2, parts[0] == "profile" {
            Self.merge(section, into: &configProfiles, name: String(parts[1]), file: .config)
        } else if parts.count == 2, parts[0] == "sso-session" {
            Self.merge(section, into: &ssoSessions, name: String(parts[1]), file: .config)
        } else if parts.count == 2, parts[0] == "services" {
            addServices(section, name: String(parts[1]))
        } else {
            ignoredSections.append(section.location)
        }
    }

    private mutating func addServices(_ section: INISection, name: String) {
        var services = servicesSections[name] ?? ServicesSection(name: name, location: section.location)
        for property in section.properties {
            var settings = services.services[property.key]?.settings ?? [:]
            for (key, value) in property.subProperties { settings[key] = value }
            services.services[property.key] = ServiceSettings(settings: settings, location: property.location)
        }
        servicesSections[name] = services
    }

    /// Adds a section's properties to a named entry; a repeated section adds to (and overrides) the earlier one.
    private static func merge(
        _ section: INISection, into table: inout [String: Profile], name: String, file: SharedFileKind
    ) {
        var profile = table[name] ?? Profile(name: name)
        for property in section.properties {
            profile.properties[property.key] = ProfileProperty(
                value: property.value, subProperties: property.subProperties, location: property.location, file: file)
        }
        table[name] = profile
    }
}
