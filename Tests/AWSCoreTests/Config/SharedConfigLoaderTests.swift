import Testing

@testable import AWSCore

@Suite struct SharedConfigLoaderTests {
    static let config = """
        [default]
        region = us-east-1
        [profile dev]
        region = eu-west-1
        aws_access_key_id = CONFIGKEY
        services = local
        [sso-session corp]
        sso_region = us-east-1
        [services local]
        s3 =
          endpoint_url = http://localhost:4566
        [stray]
        region = nowhere
        """
    static let credentials = """
        [dev]
        aws_access_key_id = CREDSKEY
        aws_secret_access_key = CREDSSECRET
        [profile odd]
        x = y
        """

    @Test func defaultPathsUnderHome() throws {
        let reader = FileReader.inMemory([
            "/home/u/.aws/config": Self.config, "/home/u/.aws/credentials": Self.credentials,
        ])
        let shared = try SharedConfigLoader(environment: ["HOME": "/home/u"], reader: reader).load()
        #expect(shared.configPath == "~/.aws/config")
        #expect(shared.credentialsPath == "~/.aws/credentials")
        #expect(Set(shared.configProfiles.keys) == ["default", "dev"])
        #expect(Set(shared.credentialsProfiles.keys) == ["dev", "profile odd"])
        #expect(shared.ssoSessions["corp"]?.value("sso_region") == "us-east-1")
        #expect(shared.servicesSections["local"]?.services["s3"]?.settings["endpoint_url"] == "http://localhost:4566")
        #expect(shared.ignoredSections == [ConfigLocation(path: "~/.aws/config", line: 12)])
    }

    @Test func credentialsFileWinsKeyByKey() throws {
        let reader = FileReader.inMemory([
            "/home/u/.aws/config": Self.config, "/home/u/.aws/credentials": Self.credentials,
        ])
        let shared = try SharedConfigLoader(environment: ["HOME": "/home/u"], reader: reader).load()
        let dev = try #require(shared.profile(named: "dev"))
        #expect(dev.value("aws_access_key_id") == "CREDSKEY")
        #expect(dev.properties["aws_access_key_id"]?.file == .credentials)
        #expect(dev.value("region") == "eu-west-1")
        #expect(dev.location("region") == ConfigLocation(path: "~/.aws/config", line: 4))
    }

    @Test func environmentOverridesPathsAndExpandsTilde() throws {
        let reader = FileReader.inMemory([
            "/home/u/cfg": "[profile x]\nregion = ap-south-1\n", "/elsewhere/creds": "[x]\naws_access_key_id = K\n",
        ])
        let env = ["HOME": "/home/u", "AWS_CONFIG_FILE": "~/cfg", "AWS_SHARED_CREDENTIALS_FILE": "/elsewhere/creds"]
        let shared = try SharedConfigLoader(environment: env, reader: reader).load()
        #expect(shared.configPath == "~/cfg")
        #expect(shared.credentialsPath == "/elsewhere/creds")
        #expect(shared.profile(named: "x")?.value("region") == "ap-south-1")
        #expect(shared.profile(named: "x")?.value("aws_access_key_id") == "K")
    }

    @Test func missingFilesAndNoHomeAreEmpty() throws {
        let shared = try SharedConfigLoader(environment: [:], reader: .inMemory([:])).load()
        #expect(shared.configProfiles.isEmpty && shared.credentialsProfiles.isEmpty)
        #expect(try shared.profile(for: ProfileSelection(flag: nil, environment: [:])) == nil)
    }

    @Test func explicitMissingProfileIsAnError() throws {
        let shared = try SharedConfigLoader(environment: ["HOME": "/h"], reader: .inMemory([:])).load()
        let error = try #require(throws: ConfigError.self) {
            try shared.profile(for: ProfileSelection(flag: nil, environment: ["AWS_PROFILE": "ghost"]))
        }
        #expect(String(describing: error).contains("'ghost' (selected by AWS_PROFILE)"))
        #expect(String(describing: error).contains("aws configure --profile ghost"))
    }

    @Test func parseErrorsNameTheDisplayPath() throws {
        let reader = FileReader.inMemory(["/home/u/.aws/credentials": "[dev]\nbroken\n"])
        let error = try #require(throws: ConfigError.self) {
            try SharedConfigLoader(environment: ["HOME": "/home/u"], reader: reader).load()
        }
        #expect(String(describing: error).hasPrefix("~/.aws/credentials:2: "))
    }

    @Test func diskReaderReadsAndReportsMissingAsNil() throws {
        #expect(try FileReader.disk.read("/nonexistent/lakectl/\(UInt64.random(in: 0...UInt64.max))") == nil)
    }
}
