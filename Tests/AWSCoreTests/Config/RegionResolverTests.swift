import Testing

@testable import AWSCore

@Suite struct RegionResolverTests {
    static let profile = Profile(
        name: "dev",
        properties: [
            "region": ProfileProperty(
                value: "ap-south-1", location: ConfigLocation(path: "~/.aws/config", line: 3), file: .config)
        ])

    @Test(arguments: [
        (String?("eu-north-1"), ["AWS_REGION": "a", "AWS_DEFAULT_REGION": "b"], true, "eu-north-1", "--region"),
        (nil, ["AWS_REGION": "a", "AWS_DEFAULT_REGION": "b"], true, "a", "AWS_REGION"),
        ("", ["AWS_REGION": "", "AWS_DEFAULT_REGION": "b"], true, "b", "AWS_DEFAULT_REGION"),
        (nil, [:], true, "ap-south-1", "profile dev at ~/.aws/config:3"),
    ])
    func precedence(flag: String?, environment: [String: String], withProfile: Bool, value: String, source: String) {
        let resolved = RegionResolver(environment: environment, profile: withProfile ? Self.profile : nil)
            .resolve(flag: flag)
        #expect(resolved?.value == value)
        #expect(resolved.map { String(describing: $0.source) } == source)
    }

    @Test func nothingConfiguredIsNil() {
        #expect(RegionResolver(environment: [:], profile: nil).resolve(flag: nil) == nil)
        #expect(RegionResolver(environment: [:], profile: Profile(name: "empty")).resolve(flag: nil) == nil)
    }
}
