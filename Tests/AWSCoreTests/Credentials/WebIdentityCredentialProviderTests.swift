import Foundation
import Testing

@testable import AWSCore

@Suite struct WebIdentityCredentialProviderTests {
    static let env = [
        "AWS_WEB_IDENTITY_TOKEN_FILE": "/var/run/token", "AWS_ROLE_ARN": "arn:aws:iam::111:role/irsa",
        "AWS_ROLE_SESSION_NAME": "pod",
    ]

    /// A token file whose content the test can change between calls.
    final class TokenFile: @unchecked Sendable {
        let lock = NSLock()
        var text: String?
        init(_ text: String?) { self.text = text }
        func set(_ value: String) {
            lock.lock()
            text = value
            lock.unlock()
        }
        var reader: FileReader {
            FileReader { [self] path in
                lock.lock()
                defer { lock.unlock() }
                return path == "/var/run/token" ? text : nil
            }
        }
    }

    @Test func fromEnvironmentAndRereadsTheToken() async throws {
        let sts = FakeSTS()
        let file = TokenFile("first-token\n")
        let provider = WebIdentityCredentialProvider(
            environment: Self.env, profile: nil, reader: file.reader, sts: sts, region: "eu-west-1")
        let credentials = try #require(try await provider.credentials())
        #expect(credentials.accessKeyId == "ASIA-WEB")
        #expect(credentials.source == "web identity (AWS_ROLE_ARN arn:aws:iam::111:role/irsa)")
        file.set("second-token")
        _ = try await provider.credentials()
        let calls = await sts.calls
        #expect(calls.map(\.token) == ["first-token", "second-token"])
        #expect(calls.allSatisfy { $0.sessionName == "pod" && $0.region == "eu-west-1" })
    }

    @Test func fromProfile() async throws {
        let config = try Fixtures.sharedConfig(
            config:
                "[profile ci]\nrole_arn = arn:aws:iam::222:role/ci\nweb_identity_token_file = ~/tok\nregion = ap-south-1\n"
        )
        let sts = FakeSTS()
        let provider = WebIdentityCredentialProvider(
            environment: ["HOME": "/home/u"], profile: config.profile(named: "ci"),
            reader: .inMemory(["/home/u/tok": "profile-token"]), sts: sts, region: nil,
            now: { Date(timeIntervalSince1970: 1_900_000_000) })
        let credentials = try #require(try await provider.credentials())
        #expect(credentials.source == "web identity (profile ci arn:aws:iam::222:role/ci)")
        let call = try #require(await sts.calls.first)
        #expect(
            call
                == FakeSTS.Call(
                    operation: "AssumeRoleWithWebIdentity", roleArn: "arn:aws:iam::222:role/ci",
                    sessionName: "lakectl-1900000000",
                    token: "profile-token", region: "ap-south-1"))
    }

    @Test func notConfiguredIsNil() async throws {
        let provider = WebIdentityCredentialProvider(
            environment: ["AWS_ROLE_ARN": "arn:x"], profile: nil, reader: .inMemory([:]), sts: FakeSTS(), region: nil)
        #expect(try await provider.credentials() == nil)
    }

    @Test func missingRoleArnOrTokenFileIsAnError() async throws {
        let noRole = WebIdentityCredentialProvider(
            environment: ["AWS_WEB_IDENTITY_TOKEN_FILE": "/var/run/token"], profile: nil, reader: TokenFile("t").reader,
            sts: FakeSTS(), region: nil)
        await #expect(throws: CredentialsError.self) { try await noRole.credentials() }
        let noFile = WebIdentityCredentialProvider(
            environment: Self.env, profile: nil, reader: .inMemory([:]), sts: FakeSTS(), region: nil)
        let error = try await #require(throws: CredentialsError.self) { try await noFile.credentials() }
        #expect(error.description.contains("/var/run/token (from AWS_WEB_IDENTITY_TOKEN_FILE): it does not exist"))
    }

    @Test func stsFailureNeverShowsTheToken() async throws {
        let provider = WebIdentityCredentialProvider(
            environment: Self.env, profile: nil, reader: TokenFile(Fixtures.webToken).reader,
            sts: FakeSTS(failing: true),
            region: nil)
        let error = try await #require(throws: CredentialsError.self) { try await provider.credentials() }
        #expect(error.description.contains("AssumeRoleWithWebIdentity for arn:aws:iam::111:role/irsa failed"))
        #expect(!error.description.contains(Fixtures.webToken))
        #expect(error.description.contains(Redactor.placeholder))
    }
}
