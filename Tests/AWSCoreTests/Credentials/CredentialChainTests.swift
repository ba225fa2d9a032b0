import Foundation
import Testing

@testable import AWSCore

@Suite struct CredentialChainTests {
    static let credentialsText = """
        [dev]
        aws_access_key_id = AKIDDEV
        aws_secret_access_key = devsecret
        [both]
        aws_access_key_id = AKIDBOTHCREDS
        aws_secret_access_key = s
        """
    static let configText = """
        [profile both]
        credential_process = echo unused
        aws_access_key_id = AKIDBOTHCONFIG
        aws_secret_access_key = s
        [profile proc]
        credential_process = echo unused
        aws_access_key_id = AKIDPROCCONFIG
        aws_secret_access_key = s
        [profile sso]
        sso_session = corp
        """
    static let envKeys = ["AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "envsecret"]

    func chain(
        flag: String?, env: [String: String], runner: any CommandRunner = ShellCommandRunner(),
        transport: StubTransport = StubTransport()
    ) throws -> CredentialChain {
        let config = try Fixtures.sharedConfig(config: Self.configText, credentials: Self.credentialsText)
        return CredentialChain.standard(
            selection: ProfileSelection(flag: flag, environment: env),
            context: Fixtures.context(environment: env, config: config, transport: transport, runner: runner))
    }

    @Test func standardOrder() throws {
        #expect(
            try chain(flag: nil, env: [:]).providers.map(\.name) == [
                "environment variables", "assume role (profile default)", "web identity token",
                "SSO (IAM Identity Center)",
                "profile default keys (~/.aws/credentials)", "credential_process",
                "profile default keys (~/.aws/config)",
                "container endpoint", "instance metadata (IMDSv2)",
            ])
    }

    @Test func environmentWinsOverAWSProfile() async throws {
        let env = Self.envKeys.merging(["AWS_PROFILE": "dev"]) { $1 }
        #expect(try await chain(flag: nil, env: env).credentials()?.source == "environment variables")
    }

    @Test func explicitProfileFlagSkipsEnvironment() async throws {
        let credentials = try await chain(flag: "dev", env: Self.envKeys).credentials()
        #expect(credentials?.accessKeyId == "AKIDDEV")
        #expect(credentials?.source == "profile dev (~/.aws/credentials)")
    }

    @Test func explicitProfileFlagAlsoIgnoresWebIdentityVariables() async throws {
        let env = ["AWS_WEB_IDENTITY_TOKEN_FILE": "/t", "AWS_ROLE_ARN": "arn:aws:iam::1:role/x"]
        #expect(try await chain(flag: "dev", env: env).credentials()?.accessKeyId == "AKIDDEV")
        await #expect(throws: CredentialsError.self) {
            try await chain(flag: nil, env: env.merging(["AWS_PROFILE": "dev"]) { $1 }).credentials()
        }
    }

    @Test func cachedStandardUsesTheResolvedConfig() async throws {
        let reader = FileReader.inMemory(["/h/.aws/credentials": Self.credentialsText])
        let resolved = try ResolvedConfig.load(environment: ["HOME": "/h"], reader: reader, profileFlag: "dev")
        let cache = CredentialChain.cachedStandard(
            for: resolved, transport: StubTransport(), sts: FakeSTS(), reader: reader)
        #expect(try await cache.current().source == "profile dev (~/.aws/credentials)")
    }

    @Test func credentialsFileThenProcessThenConfigFile() async throws {
        let runner = CannedRunner(json: #"{"Version":1,"AccessKeyId":"AKIDPROC","SecretAccessKey":"s"}"#)
        #expect(try await chain(flag: "both", env: [:], runner: runner).credentials()?.accessKeyId == "AKIDBOTHCREDS")
        #expect(try await chain(flag: "proc", env: [:], runner: runner).credentials()?.accessKeyId == "AKIDPROC")
    }

    @Test func containerBeforeIMDS() async throws {
        let transport = StubTransport([
            "GET http://169.254.170.2/creds": StubTransport.ok(#"{"AccessKeyId":"ASIAC","SecretAccessKey":"s"}"#)
        ])
        let env = ["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/creds"]
        #expect(
            try await chain(flag: nil, env: env, transport: transport).credentials()?.source == "container endpoint")
        #expect(await transport.requests.count == 1)
    }

    @Test func ssoProfileIsReportedNotSkipped() async throws {
        let error = try await #require(throws: CredentialsError.self) {
            try await chain(flag: "sso", env: [:]).credentials()
        }
        #expect(error.description.contains("aws configure export-credentials --profile sso"))
    }

    @Test func nothingFoundListsEverySource() async throws {
        let error = try await #require(throws: CredentialsError.self) {
            try await chain(flag: nil, env: ["AWS_EC2_METADATA_DISABLED": "true"]).credentials()
        }
        guard case .noCredentials(let tried, let profile) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(profile == "default")
        #expect(tried.count == 9)
        let message = error.description
        #expect(message.contains("no AWS credentials found for profile 'default'"))
        #expect(message.contains("environment variables, assume role (profile default), web identity token"))
        #expect(message.contains("instance metadata (IMDSv2)"))
        #expect(message.contains("AWS_ACCESS_KEY_ID") && message.contains("aws configure"))
    }

    @Test func brokenProviderStopsTheChain() async throws {
        let env = ["AWS_ACCESS_KEY_ID": "AKIDONLY", "AWS_PROFILE": "dev"]
        await #expect(
            throws: CredentialsError.incompleteEnvironment(
                missing: "AWS_SECRET_ACCESS_KEY", present: "AWS_ACCESS_KEY_ID")
        ) {
            try await chain(flag: nil, env: env).credentials()
        }
    }
}
