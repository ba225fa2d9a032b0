import AWSCore
import Foundation
import Testing

@testable import AWSServices

/// KMS against recorded replies: the awsJson1.1 request and the decoded shapes.
@Suite struct KMSClientTests {
    private func kms(_ transport: OneReplyTransport) -> KMSClient {
        KMSClient(
            client: AWSClient(
                region: "eu-west-1", credentialProvider: TestCredentials(), endpoint: nil, transport: transport))
    }

    @Test func describeKeySendsTheTargetAndDecodesMetadata() async throws {
        let transport = OneReplyTransport(
            """
            {"KeyMetadata":{"AWSAccountId":"111122223333","Arn":"arn:aws:kms:eu-west-1:111122223333:key/1234abcd",
             "CreationDate":1.499288695918E9,"CustomerMasterKeySpec":"SYMMETRIC_DEFAULT","Description":"",
             "Enabled":false,"EncryptionAlgorithms":["SYMMETRIC_DEFAULT"],"KeyId":"1234abcd","KeyManager":"CUSTOMER",
             "KeySpec":"SYMMETRIC_DEFAULT","KeyState":"Disabled","KeyUsage":"ENCRYPT_DECRYPT","MultiRegion":false,
             "Origin":"AWS_KMS"}}
            """)
        let key = try await kms(transport).describeKey("alias/lake")
        #expect(key.keyId == "1234abcd")
        #expect(!key.enabled)
        #expect(key.keyState == "Disabled")
        #expect(key.keySpec == "SYMMETRIC_DEFAULT")
        #expect(key.keyManager == "CUSTOMER")
        #expect(key.creationDate == Date(timeIntervalSince1970: 1.499288695918E9))
        let request = try #require(await transport.requests.first)
        #expect(request.url == "https://kms.eu-west-1.amazonaws.com/")
        #expect(request.headers.first { $0.name == "X-Amz-Target" }?.value == "TrentService.DescribeKey")
        #expect(request.headers.first { $0.name == "Content-Type" }?.value == "application/x-amz-json-1.1")
        guard case .bytes(let body) = request.body else {
            Issue.record("no body")
            return
        }
        #expect(String(decoding: body, as: UTF8.self) == #"{"KeyId":"alias/lake"}"#)
    }

    @Test func aliasPagesStopWhenNotTruncated() throws {
        let page = try JSONProtocol.decode(
            KMSAliasReply.self,
            from: Array(
                #"{"Aliases":[{"AliasName":"alias/a","TargetKeyId":"k"}],"NextMarker":"m","Truncated":false}"#.utf8))
        #expect(page.aliases == [KMSAlias(aliasName: "alias/a", targetKeyId: "k")])
        #expect(page.nextMarker == nil)
    }

    @Test func errorsKeepTheKMSCode() async throws {
        let transport = OneReplyTransport(
            status: 400, #"{"__type":"NotFoundException","message":"Key 'x' does not exist"}"#)
        let error = await #expect(throws: AWSError.self) { try await kms(transport).getKeyPolicy("x") }
        #expect(error?.hasCode(KMSClient.ErrorCode.notFound) == true)
    }
}
