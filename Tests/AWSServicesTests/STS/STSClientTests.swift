import AWSCore
import Foundation
import Testing

@testable import AWSServices

/// STS against recorded replies in AWS's documented format.
@Suite struct STSClientTests {
    static let assumeRoleReply = """
        <AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
          <AssumeRoleResult>
            <SourceIdentity>Alice</SourceIdentity>
            <AssumedRoleUser>
              <Arn>arn:aws:sts::123456789012:assumed-role/demo/TestAR</Arn>
              <AssumedRoleId>ARO123EXAMPLE123:TestAR</AssumedRoleId>
            </AssumedRoleUser>
            <Credentials>
              <AccessKeyId>ASIAIOSFODNN7EXAMPLE</AccessKeyId>
              <SecretAccessKey>wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY</SecretAccessKey>
              <SessionToken>AQoDYXdzEPT//////////wEXAMPLEtc764</SessionToken>
              <Expiration>2019-11-09T13:34:41Z</Expiration>
            </Credentials>
            <PackedPolicySize>6</PackedPolicySize>
          </AssumeRoleResult>
          <ResponseMetadata>
            <RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId>
          </ResponseMetadata>
        </AssumeRoleResponse>
        """

    private func sts(_ transport: OneReplyTransport) -> STSClient {
        STSClient(
            client: AWSClient(
                region: "us-east-1", credentialProvider: TestCredentials(), endpoint: nil, transport: transport))
    }

    @Test func getCallerIdentity() async throws {
        let transport = OneReplyTransport(
            """
            <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
              <GetCallerIdentityResult>
                <Arn>arn:aws:iam::123456789012:user/Alice</Arn>
                <UserId>AIDACKCEVSQ6C2EXAMPLE</UserId>
                <Account>123456789012</Account>
              </GetCallerIdentityResult>
            </GetCallerIdentityResponse>
            """)
        let identity = try await sts(transport).getCallerIdentity()
        #expect(
            identity
                == CallerIdentity(
                    account: "123456789012", arn: "arn:aws:iam::123456789012:user/Alice",
                    userId: "AIDACKCEVSQ6C2EXAMPLE"))
        #expect(await transport.requests.first?.url == "https://sts.us-east-1.amazonaws.com/")
    }

    @Test func assumeRoleSendsItsParametersAndParsesTheCredentials() async throws {
        let transport = OneReplyTransport(Self.assumeRoleReply)
        let credentials = try await sts(transport).assumeRole(
            roleArn: "arn:aws:iam::123456789012:role/demo", sessionName: "TestAR", durationSeconds: 900,
            externalId: "ext-1")
        #expect(credentials.accessKeyId == "ASIAIOSFODNN7EXAMPLE")
        #expect(credentials.sessionToken == "AQoDYXdzEPT//////////wEXAMPLEtc764")
        #expect(credentials.expiration == Date(timeIntervalSince1970: 1_573_306_481))
        #expect(credentials.assumedRoleArn == "arn:aws:sts::123456789012:assumed-role/demo/TestAR")
        #expect(credentials.sourceIdentity == "Alice")
        #expect(!"\(credentials)".contains("wJalrXUtnFEMI"))
        guard case .bytes(let body) = await transport.requests.first?.body else {
            Issue.record("no body sent")
            return
        }
        #expect(
            String(decoding: body, as: UTF8.self)
                == "Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fdemo&RoleSessionName=TestAR&DurationSeconds=900&ExternalId=ext-1"
        )
    }

    @Test func webIdentityIsNotSigned() async throws {
        let reply = Self.assumeRoleReply.replacingOccurrences(
            of: "AssumeRoleResponse", with: "AssumeRoleWithWebIdentityResponse"
        )
        .replacingOccurrences(of: "AssumeRoleResult", with: "AssumeRoleWithWebIdentityResult")
        let transport = OneReplyTransport(reply)
        let credentials = try await sts(transport).assumeRoleWithWebIdentity(
            roleArn: "arn:aws:iam::123456789012:role/demo", sessionName: "ci", webIdentityToken: "eyJ.token")
        #expect(credentials.accessKeyId == "ASIAIOSFODNN7EXAMPLE")
        #expect(await transport.requests.first?.headers.value(for: "Authorization") == nil)
    }

    @Test func aReplyWithoutCredentialsIsAClearError() async throws {
        let transport = OneReplyTransport("<AssumeRoleResponse><AssumeRoleResult/></AssumeRoleResponse>")
        await #expect(
            throws: AWSClientError.invalidResponse(
                service: "STS", operation: "AssumeRole", reason: "the reply has no Credentials/Expiration")
        ) {
            _ = try await sts(transport).assumeRole(roleArn: "arn:aws:iam::1:role/x", sessionName: "s")
        }
    }
}
