import Foundation
import Testing

@testable import AWSCore

/// Every error a provider can raise while holding a secret must not show it. Each scenario below fails with
/// the known secret, session token or web identity token in reach; the descriptions are searched for them.
@Suite struct CredentialsErrorTests {
    static let secrets = [Fixtures.secret, Fixtures.sessionToken, Fixtures.webToken]

    func assertClean(_ error: any Error) {
        for text in [String(describing: error), String(reflecting: error), "\(error)"] {
            for secret in Self.secrets {
                #expect(!text.contains(secret), "secret leaked in: \(text)")
            }
        }
    }

    @Test func failingScenariosNeverShowSecrets() async throws {
        let keys = [
            "AWS_ACCESS_KEY_ID": "AKID", "AWS_SECRET_ACCESS_KEY": Fixtures.secret,
            "AWS_SESSION_TOKEN": Fixtures.sessionToken,
        ]
        var errors: [any Error] = []
        func collect(_ body: () async throws -> Void) async {
            do { try await body() } catch { errors.append(error) }
        }
        // Environment: secret without key; bad expiration next to a secret.
        await collect {
            _ = try await EnvironmentCredentialProvider(environment: ["AWS_SECRET_ACCESS_KEY": Fixtures.secret])
                .credentials()
        }
        await collect {
            _ = try await EnvironmentCredentialProvider(
                environment: keys.merging(["AWS_CREDENTIAL_EXPIRATION": "x"]) { $1 }
            ).credentials()
        }
        // Assume role with a failing STS that echoes the source secret.
        let config = try Fixtures.sharedConfig(
            config: "[profile r]\nrole_arn = arn:aws:iam::1:role/r\ncredential_source = Environment\n")
        await collect {
            _ = try await AssumeRoleCredentialProvider(
                profileName: "r",
                context: Fixtures.context(environment: keys, config: config, sts: FakeSTS(failing: true))
            ).credentials()
        }
        // Web identity with a failing STS that echoes the token.
        await collect {
            _ = try await WebIdentityCredentialProvider(
                environment: ["AWS_WEB_IDENTITY_TOKEN_FILE": "/t", "AWS_ROLE_ARN": "arn:r"], profile: nil,
                reader: .inMemory(["/t": Fixtures.webToken]), sts: FakeSTS(failing: true), region: nil
            ).credentials()
        }
        // credential_process that prints secrets on both streams, then fails or prints bad JSON.
        for command in [
            "echo \(Fixtures.secret); echo \(Fixtures.sessionToken) >&2; exit 1",
            "echo '{\"Version\":1,\"SecretAccessKey\":\"\(Fixtures.secret)\"}'",
        ] {
            await collect {
                _ = try await ProcessCredentialProvider(
                    profile: Profile(
                        name: "p",
                        properties: [
                            "credential_process": ProfileProperty(
                                value: command, location: ConfigLocation(path: "c", line: 1), file: .config)
                        ])
                ).credentials()
            }
        }
        // Container endpoint whose transport error quotes the authorization token.
        await collect {
            _ = try await ContainerCredentialProvider(
                environment: [
                    "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/c",
                    "AWS_CONTAINER_AUTHORIZATION_TOKEN": Fixtures.sessionToken,
                ],
                reader: .inMemory([:]),
                transport: StubTransport(["GET http://169.254.170.2/c": .failure("bad \(Fixtures.sessionToken)")])
            ).credentials()
        }
        // IMDS returning a body with a secret but no AccessKeyId.
        await collect {
            _ = try await IMDSCredentialProvider(
                environment: [:], profile: nil,
                transport: StubTransport(
                    IMDSCredentialProviderTests.replies(document: "{\"SecretAccessKey\":\"\(Fixtures.secret)\"}"))
            ).credentials()
        }
        // An INI line holding a secret with a syntax error.
        await collect { _ = try INIParser.parse("[x]\n\(Fixtures.secret)\n", path: "credentials") }

        #expect(errors.count == 9)
        errors.forEach(assertClean)
    }

    @Test func credentialsDescriptionHidesSecrets() {
        let credentials = AWSCredentials(
            accessKeyId: "AKID", secretAccessKey: Fixtures.secret, sessionToken: Fixtures.sessionToken, source: "test")
        assertClean(CredentialsError.stsFailed(operation: "AssumeRole", roleArn: "arn", reason: "\(credentials)"))
    }
}
