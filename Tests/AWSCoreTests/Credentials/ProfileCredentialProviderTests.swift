import Testing

@testable import AWSCore

@Suite struct ProfileCredentialProviderTests {
    static let credentialsText = """
        [dev]
        aws_access_key_id = AKIDCREDS
        aws_secret_access_key = \(Fixtures.secret)
        aws_session_token = \(Fixtures.sessionToken)
        [half]
        aws_access_key_id = AKIDHALF
        """
    static let configText = """
        [profile dev]
        aws_access_key_id = AKIDCONFIG
        aws_secret_access_key = other
        [profile cfg]
        aws_access_key_id = AKIDCFG
        aws_secret_access_key = s
        """

    @Test func credentialsFileKeys() async throws {
        let config = try Fixtures.sharedConfig(config: Self.configText, credentials: Self.credentialsText)
        let provider = ProfileCredentialProvider(profileName: "dev", config: config, file: .credentials)
        let credentials = try #require(try await provider.credentials())
        #expect(credentials.accessKeyId == "AKIDCREDS")
        #expect(credentials.sessionToken == Fixtures.sessionToken)
        #expect(credentials.source == "profile dev (~/.aws/credentials)")
    }

    @Test func configFileKeys() async throws {
        let config = try Fixtures.sharedConfig(config: Self.configText, credentials: Self.credentialsText)
        let credentials = try #require(
            try await ProfileCredentialProvider(profileName: "cfg", config: config, file: .config).credentials())
        #expect(credentials.accessKeyId == "AKIDCFG")
        #expect(credentials.source == "profile cfg (~/.aws/config)")
        #expect(
            try await ProfileCredentialProvider(profileName: "cfg", config: config, file: .credentials).credentials()
                == nil)
    }

    @Test func missingSecretNamesFileAndLine() async throws {
        let config = try Fixtures.sharedConfig(credentials: Self.credentialsText)
        let error = try await #require(throws: CredentialsError.self) {
            try await ProfileCredentialProvider(profileName: "half", config: config, file: .credentials).credentials()
        }
        #expect(error.description.hasPrefix("~/.aws/credentials:6: profile 'half' is missing aws_secret_access_key"))
    }
}
