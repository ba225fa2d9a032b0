import Foundation
import Testing

@testable import AWSCore

@Suite struct AssumeRoleCredentialProviderTests {
    static let config = """
        [profile dev]
        role_arn = arn:aws:iam::111:role/dev
        source_profile = base
        role_session_name = me
        external_id = ext-1
        duration_seconds = 900
        [profile chained]
        role_arn = arn:aws:iam::222:role/chained
        source_profile = dev
        [profile loop-a]
        role_arn = arn:aws:iam::1:role/a
        source_profile = loop-b
        [profile loop-b]
        role_arn = arn:aws:iam::1:role/b
        source_profile = loop-a
        [profile self]
        role_arn = arn:aws:iam::1:role/self
        source_profile = self
        aws_access_key_id = AKIDSELF
        aws_secret_access_key = selfsecret
        [profile fromenv]
        role_arn = arn:aws:iam::1:role/env
        credential_source = Environment
        [profile ghost]
        role_arn = arn:aws:iam::1:role/ghost
        source_profile = nobody
        [profile both]
        role_arn = arn:aws:iam::1:role/both
        source_profile = base
        credential_source = Environment
        [profile neither]
        role_arn = arn:aws:iam::1:role/neither
        [profile viaprocess]
        role_arn = arn:aws:iam::1:role/proc
        source_profile = proc
        [profile proc]
        credential_process = /usr/bin/helper --json
        [profile mfa]
        role_arn = arn:aws:iam::1:role/mfa
        source_profile = base
        mfa_serial = arn:aws:iam::1:mfa/me
        [profile plain]
        region = us-east-1
        """
    static let credentials = """
        [base]
        aws_access_key_id = AKIDBASE
        aws_secret_access_key = \(Fixtures.secret)
        aws_session_token = \(Fixtures.sessionToken)
        """

    func provider(
        _ profile: String, sts: FakeSTS, env: [String: String] = [:], runner: any CommandRunner = ShellCommandRunner()
    )
        throws -> AssumeRoleCredentialProvider
    {
        let shared = try Fixtures.sharedConfig(config: Self.config, credentials: Self.credentials)
        return AssumeRoleCredentialProvider(
            profileName: profile,
            context: Fixtures.context(
                environment: env, config: shared, sts: sts, region: "eu-central-1", runner: runner))
    }

    @Test func sourceProfileWithStaticKeys() async throws {
        let sts = FakeSTS()
        let credentials = try #require(try await provider("dev", sts: sts).credentials())
        #expect(credentials.source == "assumed role arn:aws:iam::111:role/dev via profile dev")
        #expect(credentials.expiration == FakeSTS.expiration)
        #expect(
            await sts.calls == [
                FakeSTS.Call(
                    operation: "AssumeRole", roleArn: "arn:aws:iam::111:role/dev", sessionName: "me",
                    externalId: "ext-1",
                    durationSeconds: 900, sourceAccessKeyId: "AKIDBASE", region: "eu-central-1")
            ])
    }

    @Test func chainedRolesAssumeInOrder() async throws {
        let sts = FakeSTS()
        let credentials = try #require(try await provider("chained", sts: sts).credentials())
        #expect(credentials.source == "assumed role arn:aws:iam::222:role/chained via profile chained")
        let calls = await sts.calls
        #expect(calls.map(\.roleArn) == ["arn:aws:iam::111:role/dev", "arn:aws:iam::222:role/chained"])
        #expect(calls[1].sourceAccessKeyId == "ASIA-role/dev")
        #expect(calls[1].sessionName == "lakectl-1900000000")
    }

    @Test func cycleIsDetected() async throws {
        let error = try await #require(throws: CredentialsError.self) {
            try await provider("loop-a", sts: FakeSTS()).credentials()
        }
        #expect(error == .sourceProfileCycle(profiles: ["loop-a", "loop-b", "loop-a"]))
        #expect(error.description.contains("loop-a → loop-b → loop-a"))
    }

    @Test func selfReferenceWithStaticKeysUsesThem() async throws {
        let sts = FakeSTS()
        _ = try await provider("self", sts: sts).credentials()
        #expect(await sts.calls.map(\.sourceAccessKeyId) == ["AKIDSELF"])
    }

    @Test func credentialSourceEnvironment() async throws {
        let sts = FakeSTS()
        let env = ["AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "s"]
        _ = try await provider("fromenv", sts: sts, env: env).credentials()
        #expect(await sts.calls.map(\.sourceAccessKeyId) == ["AKIDENV"])
        await #expect(throws: CredentialsError.self) { try await provider("fromenv", sts: FakeSTS()).credentials() }
    }

    @Test func sourceProfileWithCredentialProcess() async throws {
        let runner = CannedRunner(json: #"{"Version":1,"AccessKeyId":"AKIDPROC","SecretAccessKey":"x"}"#)
        let sts = FakeSTS()
        _ = try await provider("viaprocess", sts: sts, runner: runner).credentials()
        #expect(await sts.calls.map(\.sourceAccessKeyId) == ["AKIDPROC"])
        #expect(await runner.commands == ["/usr/bin/helper --json"])
    }

    @Test(arguments: [
        ("ghost", "no profile 'nobody' exists"),
        ("both", "sets both source_profile and credential_source"),
        ("neither", "missing source_profile or credential_source"),
        ("mfa", "mfa_serial"),
    ])
    func misconfigurationsAreClearErrors(profile: String, message: String) async throws {
        let error = try await #require(throws: CredentialsError.self) {
            try await provider(profile, sts: FakeSTS()).credentials()
        }
        #expect(error.description.contains(message))
        #expect(error.description.contains("~/.aws/config:") || profile == "mfa")
    }

    @Test func profileWithoutRoleIsNil() async throws {
        #expect(try await provider("plain", sts: FakeSTS()).credentials() == nil)
        #expect(try await provider("missing", sts: FakeSTS()).credentials() == nil)
    }

    @Test func stsFailureHidesSourceSecrets() async throws {
        let error = try await #require(throws: CredentialsError.self) {
            try await provider("dev", sts: FakeSTS(failing: true)).credentials()
        }
        #expect(error.description.contains("STS AssumeRole for arn:aws:iam::111:role/dev failed: AccessDenied"))
        #expect(!error.description.contains(Fixtures.secret))
        #expect(!error.description.contains(Fixtures.sessionToken))
    }
}
