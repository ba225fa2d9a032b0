import Foundation
import Testing

@testable import AWSCore

@Suite struct ContainerCredentialProviderTests {
    static let reply = StubTransport.ok(
        #"{"AccessKeyId":"ASIACONTAINER","SecretAccessKey":"s","Token":"t","Expiration":"2030-01-02T03:04:05Z","RoleArn":"arn:x"}"#
    )

    @Test func relativeURIGoesToTheECSHost() async throws {
        let transport = StubTransport(["GET http://169.254.170.2/v2/credentials/abc": Self.reply])
        let provider = ContainerCredentialProvider(
            environment: ["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/v2/credentials/abc"], reader: .inMemory([:]),
            transport: transport)
        let credentials = try #require(try await provider.credentials())
        #expect(credentials.accessKeyId == "ASIACONTAINER")
        #expect(credentials.sessionToken == "t")
        #expect(credentials.source == "container endpoint")
        let request = try #require(await transport.requests.first)
        #expect(request.headers.value(for: "authorization") == nil)
        #expect(request.timeoutSeconds == 2)
    }

    @Test func fullURIWithTokenFileBeforeTokenVariable() async throws {
        let url = "http://169.254.170.23/v1/credentials"
        let transport = StubTransport(["GET \(url)": Self.reply])
        let env = [
            "AWS_CONTAINER_CREDENTIALS_FULL_URI": url, "AWS_CONTAINER_AUTHORIZATION_TOKEN": "from-env",
            "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE": "/var/run/eks-token",
        ]
        let provider = ContainerCredentialProvider(
            environment: env, reader: .inMemory(["/var/run/eks-token": "from-file\n"]), transport: transport)
        _ = try await provider.credentials()
        #expect(await transport.requests.first?.headers.value(for: "Authorization") == "from-file")
    }

    @Test(arguments: [
        ("https://creds.example.com/x", true),
        ("http://127.0.0.1:8080/creds", true),
        ("http://127.5.6.7/creds", true),
        ("http://localhost/creds", true),
        ("http://[::1]:9000/creds", true),
        ("http://169.254.170.2/creds", true),
        ("http://[fd00:ec2::23]/creds", true),
        ("http://10.0.0.5/creds", false),
        ("http://example.com/creds", false),
        ("ftp://127.0.0.1/creds", false),
        ("not a url", false),
    ])
    func fullURIRestrictions(url: String, allowed: Bool) throws {
        let provider = ContainerCredentialProvider(
            environment: ["AWS_CONTAINER_CREDENTIALS_FULL_URI": url], reader: .inMemory([:]), transport: StubTransport()
        )
        if allowed {
            #expect(try provider.endpoint() == url)
        } else {
            #expect(throws: CredentialsError.self) { try provider.endpoint() }
        }
    }

    @Test func notConfiguredIsNil() async throws {
        let transport = StubTransport()
        let provider = ContainerCredentialProvider(environment: [:], reader: .inMemory([:]), transport: transport)
        #expect(try await provider.credentials() == nil)
        #expect(await transport.requests.isEmpty)
    }

    @Test func errorsAreClear() async throws {
        let url = "http://127.0.0.1/creds"
        let refused = ContainerCredentialProvider(
            environment: [
                "AWS_CONTAINER_CREDENTIALS_FULL_URI": url, "AWS_CONTAINER_AUTHORIZATION_TOKEN": Fixtures.sessionToken,
            ],
            reader: .inMemory([:]),
            transport: StubTransport(["GET \(url)": .failure("refused with \(Fixtures.sessionToken)")]))
        let error = try await #require(throws: CredentialsError.self) { try await refused.credentials() }
        #expect(error.description.contains("no answer"))
        #expect(!error.description.contains(Fixtures.sessionToken))

        let forbidden = ContainerCredentialProvider(
            environment: ["AWS_CONTAINER_CREDENTIALS_FULL_URI": url], reader: .inMemory([:]),
            transport: StubTransport(["GET \(url)": StubTransport.ok("{}", status: 403)]))
        let status = try await #require(throws: CredentialsError.self) { try await forbidden.credentials() }
        #expect(status.description.contains("answered HTTP 403"))

        let injected = ContainerCredentialProvider(
            environment: [
                "AWS_CONTAINER_CREDENTIALS_FULL_URI": url, "AWS_CONTAINER_AUTHORIZATION_TOKEN": "a\r\nX-Evil: 1",
            ],
            reader: .inMemory([:]), transport: StubTransport())
        let lineBreak = try await #require(throws: CredentialsError.self) { try await injected.credentials() }
        #expect(lineBreak.description.contains("line break"))
    }
}
