import Testing

@testable import AWSCore

@Suite struct EndpointResolverTests {
    static let configText = """
        [profile dev]
        endpoint_url = http://profile-global
        services = local
        [profile ignoring]
        endpoint_url = http://profile-global
        ignore_configured_endpoint_urls = true
        [profile dangling]
        services = missing
        [services local]
        s3 =
          endpoint_url = http://services-s3
        lakeformation =
          endpoint_url = http://services-lf
        """

    static func resolve(_ service: String, flag: String?, env: [String: String], profile: String) throws
        -> ResolvedEndpoint?
    {
        let config = SharedConfig(
            config: try INIParser.parse(configText, path: "~/.aws/config"), credentials: nil,
            configPath: "~/.aws/config", credentialsPath: "~/.aws/credentials")
        return try EndpointResolver(environment: env, profile: config.profile(named: profile), config: config)
            .resolve(serviceId: service, flag: flag)
    }

    static let allEnv = [
        "AWS_ENDPOINT_URL_S3": "http://env-s3", "AWS_ENDPOINT_URL": "http://env-global",
        "AWS_ENDPOINT_URL_LAKEFORMATION": "http://env-lf",
    ]

    @Test(arguments: [
        // service, flag, env, profile, expected url, expected source
        ("S3", String?("http://flag"), allEnv, "dev", String?("http://flag"), "--endpoint-url"),
        ("S3", nil, allEnv, "dev", "http://env-s3", "AWS_ENDPOINT_URL_S3"),
        ("LakeFormation", nil, allEnv, "dev", "http://env-lf", "AWS_ENDPOINT_URL_LAKEFORMATION"),
        (
            "Lake Formation", nil, ["AWS_ENDPOINT_URL_LAKE_FORMATION": "http://spaced"], "dev", "http://spaced",
            "AWS_ENDPOINT_URL_LAKE_FORMATION"
        ),
        ("Glue", nil, allEnv, "dev", "http://env-global", "AWS_ENDPOINT_URL"),
        ("S3", nil, [:], "dev", "http://services-s3", "[services local] at ~/.aws/config:10"),
        ("LakeFormation", nil, [:], "dev", "http://services-lf", "[services local] at ~/.aws/config:12"),
        ("Athena", nil, [:], "dev", "http://profile-global", "profile dev at ~/.aws/config:2"),
        ("Athena", nil, [:], "nobody", nil, ""),
        // Ignoring configured endpoints: the flag still wins; env and files are ignored.
        ("S3", "http://flag", ["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "true"], "dev", "http://flag", "--endpoint-url"),
        ("S3", nil, allEnv.merging(["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "TRUE"]) { $1 }, "dev", nil, ""),
        ("S3", nil, allEnv, "ignoring", nil, ""),
        (
            "S3", nil, ["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "false"], "ignoring", "http://profile-global",
            "profile ignoring at ~/.aws/config:5"
        ),
    ])
    func precedence(
        service: String, flag: String?, env: [String: String], profile: String, url: String?, source: String
    ) throws {
        let resolved = try Self.resolve(service, flag: flag, env: env, profile: profile)
        #expect(resolved?.url == url)
        #expect(resolved.map { String(describing: $0.source) } ?? "" == source)
    }

    @Test func environmentVariableNames() {
        #expect(EndpointResolver.environmentVariable(forServiceId: "STS") == "AWS_ENDPOINT_URL_STS")
        #expect(EndpointResolver.environmentVariable(forServiceId: "ACM PCA") == "AWS_ENDPOINT_URL_ACM_PCA")
        #expect(EndpointResolver.configKey(forServiceId: "ACM PCA") == "acm_pca")
    }

    @Test func danglingServicesSectionIsAnError() throws {
        let error = try #require(throws: ConfigError.self) {
            try Self.resolve("S3", flag: nil, env: [:], profile: "dangling")
        }
        #expect(String(describing: error).contains("~/.aws/config:8"))
        #expect(String(describing: error).contains("[services missing]"))
    }

    @Test func badIgnoreFlagIsAnError() throws {
        #expect(throws: ConfigError.self) {
            try Self.resolve("S3", flag: nil, env: ["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "yes"], profile: "dev")
        }
    }
}
