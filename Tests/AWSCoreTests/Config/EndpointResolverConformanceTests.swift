import Testing

@testable import AWSCore

/// The scenarios of the AWS CLI's configured-endpoint-URL conformance suite
/// (aws/aws-cli tests/functional/configured_endpoint_urls/profile-tests.json), re-expressed as a table. The
/// suite's "AWS default" outcome is nil here: computing the default endpoint is the client's job.
@Suite struct EndpointResolverConformanceTests {
    static let config = """
        [default]
        region = fake-region-10
        [profile service_global_only]
        endpoint_url = https://global.endpoint.aws
        [profile service_specific_s3]
        services = service_specific_s3
        [profile global_and_service_specific_s3]
        endpoint_url = https://global.endpoint.aws
        services = service_specific_s3
        [profile ignore_global_and_service_specific_s3]
        endpoint_url = https://global.endpoint.aws
        services = service_specific_s3
        ignore_configured_endpoint_urls = true
        [profile service_specific_dynamodb_and_s3]
        services = service_specific_dynamodb_and_s3
        [services service_specific_s3]
        s3 =
          endpoint_url = https://s3.endpoint.aws
        [services service_specific_dynamodb_and_s3]
        dynamodb =
          endpoint_url = https://dynamodb.endpoint.aws
        s3 =
          endpoint_url = https://s3.endpoint.aws
        """

    static let environments: [String: [String: String]] = [
        "default": [:],
        "global_only": ["AWS_ENDPOINT_URL": "https://global-from-envvar.endpoint.aws"],
        "service_specific_s3": ["AWS_ENDPOINT_URL_S3": "https://s3-from-envvar.endpoint.aws"],
        "global_and_service_specific_s3": [
            "AWS_ENDPOINT_URL": "https://global-from-envvar.endpoint.aws",
            "AWS_ENDPOINT_URL_S3": "https://s3-from-envvar.endpoint.aws",
        ],
        "ignore_global_and_service_specific_s3": [
            "AWS_ENDPOINT_URL": "https://global-from-envvar.endpoint.aws",
            "AWS_ENDPOINT_URL_S3": "https://s3-from-envvar.endpoint.aws",
            "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "true",
        ],
        "service_specific_dynamodb_and_s3": [
            "AWS_ENDPOINT_URL_DYNAMODB": "https://dynamodb-from-envvar.endpoint.aws",
            "AWS_ENDPOINT_URL_S3": "https://s3-from-envvar.endpoint.aws",
        ],
    ]

    static let flag = "https://client-config.endpoint.aws"
    static let profiles = [
        "default", "service_global_only", "service_specific_s3", "global_and_service_specific_s3",
    ]

    struct Case: Sendable, CustomStringConvertible {
        var profile: String
        var environment: String
        var service: String = "S3"
        var flag: String? = nil
        var expected: String?
        var description: String { "\(profile) / env \(environment) / flag \(flag ?? "-") → \(expected ?? "default")" }
    }

    /// Expected URL without a flag, by profile and environment, following the documented precedence.
    static func expectedWithoutFlag(profile: String, environment: String) -> String? {
        switch environment {
        case "service_specific_s3", "global_and_service_specific_s3": return "https://s3-from-envvar.endpoint.aws"
        case "global_only": return "https://global-from-envvar.endpoint.aws"
        default: break
        }
        switch profile {
        case "service_global_only": return "https://global.endpoint.aws"
        case "service_specific_s3", "global_and_service_specific_s3": return "https://s3.endpoint.aws"
        default: return nil
        }
    }

    static let cases: [Case] = {
        var cases: [Case] = []
        for profile in profiles {
            for environment in ["default", "global_only", "service_specific_s3", "global_and_service_specific_s3"] {
                cases.append(
                    Case(
                        profile: profile, environment: environment,
                        expected: expectedWithoutFlag(profile: profile, environment: environment)))
                cases.append(Case(profile: profile, environment: environment, flag: flag, expected: flag))
            }
        }
        cases += [
            Case(
                profile: "global_and_service_specific_s3", environment: "ignore_global_and_service_specific_s3",
                expected: nil),
            Case(
                profile: "ignore_global_and_service_specific_s3", environment: "global_and_service_specific_s3",
                expected: nil),
            Case(
                profile: "ignore_global_and_service_specific_s3", environment: "global_and_service_specific_s3",
                flag: flag,
                expected: flag),
            Case(
                profile: "global_and_service_specific_s3", environment: "ignore_global_and_service_specific_s3",
                flag: flag,
                expected: flag),
            Case(
                profile: "service_specific_dynamodb_and_s3", environment: "default", service: "DynamoDB",
                expected: "https://dynamodb.endpoint.aws"),
            Case(
                profile: "default", environment: "service_specific_dynamodb_and_s3", service: "DynamoDB",
                expected: "https://dynamodb-from-envvar.endpoint.aws"),
        ]
        return cases
    }()

    @Test(arguments: cases)
    func scenario(_ testCase: Case) throws {
        let shared = SharedConfig(
            config: try INIParser.parse(Self.config, path: "config"), credentials: nil, configPath: "config",
            credentialsPath: "credentials")
        let resolver = EndpointResolver(
            environment: Self.environments[testCase.environment] ?? [:],
            profile: shared.profile(named: testCase.profile),
            config: shared)
        #expect(try resolver.resolve(serviceId: testCase.service, flag: testCase.flag)?.url == testCase.expected)
    }
}
