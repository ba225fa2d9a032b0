/// A `[services name]` section of the config file: per-service settings (today only `endpoint_url`), keyed by
/// the service's config key, which is its service id lower-cased with spaces as `_` (`s3`, `lakeformation`).
/// See https://docs.aws.amazon.com/sdkref/latest/guide/feature-ss-endpoints.html
package struct ServicesSection: Sendable, Equatable {
    package var name: String
    package var location: ConfigLocation
    /// Service key → its nested settings (`s3 =` followed by indented `endpoint_url = …`).
    package var services: [String: ServiceSettings]

    package init(name: String, location: ConfigLocation, services: [String: ServiceSettings] = [:]) {
        self.name = name
        self.location = location
        self.services = services
    }
}

/// The nested settings of one service inside a `[services]` section.
package struct ServiceSettings: Sendable, Equatable {
    package var settings: [String: String]
    package var location: ConfigLocation

    package init(settings: [String: String], location: ConfigLocation) {
        self.settings = settings
        self.location = location
    }
}
