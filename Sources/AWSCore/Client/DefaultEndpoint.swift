/// Where a service lives when nothing overrides it, and which region its signatures name.
///
/// The full rules are in AWS's endpoint rule sets; lakectl needs only the commercial and China
/// partitions' standard hosts and the global IAM endpoint. A configured endpoint (`--endpoint-url`,
/// `AWS_ENDPOINT_URL[_SERVICE]`, resolved by Config/) always wins and is used as given.
package enum DefaultEndpoint {
    package static func resolve(_ service: ServiceConfig, region: String, override: String?) -> ServiceEndpoint {
        let signingRegion = service.isGlobal ? globalRegion(service, region: region) : region
        if let override, !override.isEmpty {
            var url = override
            while url.hasSuffix("/") { url.removeLast() }
            return ServiceEndpoint(url: url, signingRegion: signingRegion, isCustom: true)
        }
        let suffix = region.hasPrefix("cn-") ? "amazonaws.com.cn" : "amazonaws.com"
        if service.isGlobal {
            let host =
                region.hasPrefix("cn-")
                ? "\(service.endpointPrefix).cn-north-1.\(suffix)" : "\(service.endpointPrefix).\(suffix)"
            return ServiceEndpoint(url: "https://\(host)", signingRegion: signingRegion, isCustom: false)
        }
        return ServiceEndpoint(
            url: "https://\(service.endpointPrefix).\(region).\(suffix)", signingRegion: signingRegion, isCustom: false)
    }

    /// IAM signs for us-east-1 in the commercial partition and cn-north-1 in China.
    private static func globalRegion(_ service: ServiceConfig, region: String) -> String {
        region.hasPrefix("cn-") ? "cn-north-1" : service.globalSigningRegion
    }
}
