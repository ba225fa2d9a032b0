import AWSCore
import AWSServices

/// Endpoint overrides resolved up front for every service in `ServiceCatalog`, so a broken `services`
/// section in the config file is reported at start-up instead of being swallowed mid-flight. The list of
/// services lives with the services, not here: a new service needs no change in this file.
struct EndpointTable: Sendable {
    private let byService: [String: String]
    private let fallback: String?

    init(config: ResolvedConfig, flag: String?, services: [ServiceConfig] = ServiceCatalog.all) throws {
        var table: [String: String] = [:]
        for service in services {
            if let endpoint = try config.endpoint(serviceId: service.serviceId, flag: flag) {
                table[service.serviceId] = endpoint.url
            }
        }
        byService = table
        fallback = flag
    }

    func url(for service: ServiceConfig) -> String? {
        byService[service.serviceId] ?? fallback
    }
}
