/// Picks a service's endpoint URL override, following the SDKs' "service-specific endpoints" feature
/// (https://docs.aws.amazon.com/sdkref/latest/guide/feature-ss-endpoints.html):
/// `--endpoint-url` > `AWS_ENDPOINT_URL_<SERVICE>` > `AWS_ENDPOINT_URL` > the profile's `[services]` entry
/// > the profile's `endpoint_url` > nil (the AWS default endpoint, which the client computes).
/// `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS` / `ignore_configured_endpoint_urls` switch off every source but the
/// flag. The variable wins over the profile setting, so `=false` in the environment re-enables them.
package struct EndpointResolver: Sendable {
    package var environment: [String: String]
    package var profile: Profile?
    package var config: SharedConfig?

    package init(environment: [String: String], profile: Profile?, config: SharedConfig?) {
        self.environment = environment
        self.profile = profile
        self.config = config
    }

    /// `serviceId` is the SDK service id ("S3", "Lake Formation"/"LakeFormation", "STS", …).
    package func resolve(serviceId: String, flag: String?) throws -> ResolvedEndpoint? {
        if let flag, !flag.isEmpty { return ResolvedEndpoint(url: flag, source: .flag) }
        if try ignoresConfiguredEndpoints() { return nil }

        let serviceVariable = Self.environmentVariable(forServiceId: serviceId)
        if let url = environment[serviceVariable], !url.isEmpty {
            return ResolvedEndpoint(url: url, source: .environment(variable: serviceVariable))
        }
        if let url = environment["AWS_ENDPOINT_URL"], !url.isEmpty {
            return ResolvedEndpoint(url: url, source: .environment(variable: "AWS_ENDPOINT_URL"))
        }
        guard let profile else { return nil }
        if let section = try config?.servicesSection(for: profile),
            let service = section.services[Self.configKey(forServiceId: serviceId)],
            let url = service.settings["endpoint_url"], !url.isEmpty
        {
            return ResolvedEndpoint(url: url, source: .servicesSection(name: section.name, at: service.location))
        }
        if let url = profile.value("endpoint_url") {
            return ResolvedEndpoint(
                url: url, source: .profile(name: profile.name, at: profile.location("endpoint_url")))
        }
        return nil
    }

    /// `AWS_ENDPOINT_URL_` + the service id upper-cased with spaces as `_` (`AWS_ENDPOINT_URL_LAKEFORMATION`).
    package static func environmentVariable(forServiceId serviceId: String) -> String {
        "AWS_ENDPOINT_URL_" + serviceId.uppercased().replacingSpaces(with: "_")
    }

    /// The key inside a `[services]` section: the service id lower-cased with spaces as `_` (`s3`, `lakeformation`).
    package static func configKey(forServiceId serviceId: String) -> String {
        serviceId.lowercased().replacingSpaces(with: "_")
    }

    private func ignoresConfiguredEndpoints() throws -> Bool {
        if let text = environment["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"], !text.isEmpty {
            switch text.lowercased() {
            case "true": return true
            case "false": return false
            default:
                throw ConfigError.invalidValue(
                    key: "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", profile: profile?.name ?? "default", at: nil,
                    reason: "must be true or false")
            }
        }
        return try profile?.bool("ignore_configured_endpoint_urls") ?? false
    }
}

package struct ResolvedEndpoint: Sendable, Equatable, CustomStringConvertible {
    package var url: String
    package var source: EndpointSource

    package init(url: String, source: EndpointSource) {
        self.url = url
        self.source = source
    }

    package var description: String { "\(url) (from \(source))" }
}

package enum EndpointSource: Sendable, Equatable, CustomStringConvertible {
    case flag
    case environment(variable: String)
    case servicesSection(name: String, at: ConfigLocation)
    case profile(name: String, at: ConfigLocation?)

    package var description: String {
        switch self {
        case .flag: return "--endpoint-url"
        case .environment(let variable): return variable
        case .servicesSection(let name, let location): return "[services \(name)] at \(location)"
        case .profile(let name, let location): return "profile \(name)" + (location.map { " at \($0)" } ?? "")
        }
    }
}

extension String {
    fileprivate func replacingSpaces(with replacement: String) -> String {
        split(separator: " ", omittingEmptySubsequences: true).joined(separator: replacement)
    }
}
