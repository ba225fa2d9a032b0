import Testing

@testable import AWSCore

@Suite struct ResolvedConfigTests {
    static let files = FileReader.inMemory([
        "/home/u/.aws/config": "[profile dev]\nregion = eu-west-1\nendpoint_url = http://localhost:4566\n",
        "/home/u/.aws/credentials": "[dev]\naws_access_key_id = AKID\naws_secret_access_key = s\n",
    ])

    @Test func resolvesProfileRegionAndEndpoint() throws {
        let resolved = try ResolvedConfig.load(
            environment: ["HOME": "/home/u", "AWS_PROFILE": "dev"], reader: Self.files)
        #expect(resolved.profile?.name == "dev")
        #expect(resolved.region?.description == "eu-west-1 (from profile dev at ~/.aws/config:2)")
        #expect(try resolved.endpoint(serviceId: "S3", flag: nil)?.url == "http://localhost:4566")
        #expect(try resolved.endpoint(serviceId: "S3", flag: "http://x")?.source == .flag)
    }

    @Test func flagsWinAndUnknownProfileFails() throws {
        let resolved = try ResolvedConfig.load(
            environment: ["HOME": "/home/u", "AWS_REGION": "us-east-2"], reader: Self.files, regionFlag: "ap-south-1")
        #expect(resolved.profile == nil)
        #expect(resolved.region?.value == "ap-south-1")
        #expect(throws: ConfigError.self) {
            try ResolvedConfig.load(environment: ["HOME": "/home/u"], reader: Self.files, profileFlag: "nope")
        }
    }

    /// A typo'd region is refused before any request, with the nearest real region (it used to end in
    /// "Could not resolve host" for sts.us-eest-1.amazonaws.com).
    @Test func anUnknownRegionIsRefusedWithTheNearestKnownOne() throws {
        let error = try #require(throws: ConfigError.self) {
            try ResolvedConfig.load(environment: ["HOME": "/home/u"], reader: Self.files, regionFlag: "us-eest-1")
        }
        #expect(error == .unknownRegion(value: "us-eest-1", source: "--region", suggestion: "us-east-1"))
        #expect(error.description.contains("Did you mean us-east-1?"))
        let allowed = try ResolvedConfig.load(
            environment: ["HOME": "/home/u", "AWS_LAKECTL_ALLOW_UNKNOWN_REGION": "1"], reader: Self.files,
            regionFlag: "xx-future-9")
        #expect(allowed.region?.value == "xx-future-9")
    }

    @Test(arguments: ["us-east-1/../x", "us east 1", "-us-east-1", "us-east-1.", "ü-west-1"])
    func aRegionWithCharactersNoRegionHasIsRefusedEvenWhenUnknownRegionsAreAllowed(region: String) throws {
        let error = try #require(throws: ConfigError.self) {
            try ResolvedConfig.load(
                environment: ["HOME": "/home/u", "AWS_REGION": region, "AWS_LAKECTL_ALLOW_UNKNOWN_REGION": "1"],
                reader: Self.files)
        }
        #expect(error == .malformedRegion(value: region, source: "AWS_REGION"))
    }

    @Test func aFarOffNameGetsNoSuggestion() {
        #expect(AWSRegions.nearest(to: "moon-base-7") == nil)
        #expect(AWSRegions.nearest(to: "eu-west1") == "eu-west-1")
        #expect(AWSRegions.nearest(to: "US-EAST-1") == "us-east-1")
    }
}
