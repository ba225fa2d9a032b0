import Foundation
import Testing

@testable import AWSCore

@Suite struct IMDSCredentialProviderTests {
    static let base = "http://169.254.169.254"
    static let document = """
        {"Code":"Success","LastUpdated":"2026-11-24T08:00:00Z","Type":"AWS-HMAC","AccessKeyId":"ASIAIMDS",\
        "SecretAccessKey":"s","Token":"t","Expiration":"2030-01-02T03:04:05Z"}
        """

    static func replies(base: String = base, document: String = document) -> [String: StubTransport.Reply] {
        [
            "PUT \(base)/latest/api/token": StubTransport.ok("imds-session-token"),
            "GET \(base)/latest/meta-data/iam/security-credentials/": StubTransport.ok("my-role\n"),
            "GET \(base)/latest/meta-data/iam/security-credentials/my-role": StubTransport.ok(document),
        ]
    }

    @Test func fullIMDSv2Flow() async throws {
        let transport = StubTransport(Self.replies())
        let provider = IMDSCredentialProvider(environment: [:], profile: nil, transport: transport)
        let credentials = try #require(try await provider.credentials())
        #expect(credentials.accessKeyId == "ASIAIMDS")
        #expect(credentials.sessionToken == "t")
        #expect(credentials.expiration == Date(timeIntervalSince1970: 1_893_553_445))
        #expect(credentials.source == "instance metadata (IMDSv2)")
        let requests = await transport.requests
        #expect(requests.map(\.method) == ["PUT", "GET", "GET"])
        #expect(requests[0].headers.value(for: "X-aws-ec2-metadata-token-ttl-seconds") == "21600")
        #expect(requests[1].headers.value(for: "X-aws-ec2-metadata-token") == "imds-session-token")
        #expect(requests[2].headers.value(for: "X-aws-ec2-metadata-token") == "imds-session-token")
        #expect(requests.allSatisfy { $0.timeoutSeconds == 1 })
    }

    @Test func disabledSendsNothing() async throws {
        let transport = StubTransport(Self.replies())
        let provider = IMDSCredentialProvider(
            environment: ["AWS_EC2_METADATA_DISABLED": "TRUE"], profile: nil, transport: transport)
        #expect(try await provider.credentials() == nil)
        #expect(await transport.requests.isEmpty)
    }

    @Test func unreachableOrNoRoleIsNil() async throws {
        let nothing = IMDSCredentialProvider(environment: [:], profile: nil, transport: StubTransport())
        #expect(try await nothing.credentials() == nil)
        var replies = Self.replies()
        replies["GET \(Self.base)/latest/meta-data/iam/security-credentials/"] = StubTransport.ok("", status: 404)
        let noRole = IMDSCredentialProvider(environment: [:], profile: nil, transport: StubTransport(replies))
        #expect(try await noRole.credentials() == nil)
    }

    @Test func endpointOverrideAndTimeout() async throws {
        let base = "http://127.0.0.1:1338"
        let transport = StubTransport(Self.replies(base: base))
        let env = ["AWS_EC2_METADATA_SERVICE_ENDPOINT": base + "/", "AWS_METADATA_SERVICE_TIMEOUT": "3"]
        let provider = IMDSCredentialProvider(environment: env, profile: nil, transport: transport)
        #expect(try await provider.credentials()?.accessKeyId == "ASIAIMDS")
        #expect(await transport.requests.allSatisfy { $0.url.hasPrefix(base + "/latest/") && $0.timeoutSeconds == 3 })
        #expect(
            IMDSCredentialProvider(
                environment: ["AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE": "IPv6"], profile: nil, transport: transport
            ).endpoint
                == "http://[fd00:ec2::254]")
    }

    @Test func failedCodeIsAnError() async throws {
        let transport = StubTransport(Self.replies(document: #"{"Code":"AssumeRoleUnauthorizedAccess"}"#))
        let error = try await #require(throws: CredentialsError.self) {
            try await IMDSCredentialProvider(environment: [:], profile: nil, transport: transport).credentials()
        }
        #expect(error.description.contains("AssumeRoleUnauthorizedAccess"))
    }
}
