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
}
