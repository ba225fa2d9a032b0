import AWSCore
import Foundation
import Testing

@testable import AWSServices

/// IAM against recorded replies in AWS's documented format: what is sent, and how replies are read.
@Suite struct IAMClientTests {
    private func iam(_ transport: OneReplyTransport) -> IAMClient {
        IAMClient(
            client: AWSClient(
                region: "eu-west-1", credentialProvider: TestCredentials(), endpoint: nil, transport: transport))
    }

    private func form(_ request: HTTPRequest) -> [String: String] {
        guard case .bytes(let bytes) = request.body else { return [:] }
        var fields: [String: String] = [:]
        for pair in String(decoding: bytes, as: UTF8.self).split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map {
                String($0).removingPercentEncoding ?? String($0)
            }
            if parts.count == 2 { fields[parts[0]] = parts[1] }
        }
        return fields
    }

    @Test func globalEndpointSignedForUSEast1() async throws {
        let transport = OneReplyTransport(
            "<DeleteRoleResponse><ResponseMetadata><RequestId>x</RequestId></ResponseMetadata></DeleteRoleResponse>")
        try await iam(transport).deleteRole(name: "r")
        let request = try #require(await transport.requests.first)
        #expect(request.url == "https://iam.amazonaws.com/")
        let authorization = request.headers.first { $0.name == "Authorization" }?.value ?? ""
        #expect(authorization.contains("/us-east-1/iam/aws4_request"))
        #expect(form(request)["Action"] == "DeleteRole")
        #expect(form(request)["Version"] == "2010-05-08")
    }

    @Test func createRoleSendsTagsAndDecodesTheTrustPolicy() async throws {
        let transport = OneReplyTransport(
            """
            <CreateRoleResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">
              <CreateRoleResult>
                <Role>
                  <Path>/</Path>
                  <AssumeRolePolicyDocument>%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C%22Principal%22%3A%7B%22Service%22%3A%22export.rds.amazonaws.com%22%7D%2C%22Action%22%3A%22sts%3AAssumeRole%22%7D%5D%7D</AssumeRolePolicyDocument>
                  <RoleId>AROADBQP57FF2AEXAMPLE</RoleId>
                  <RoleName>lake-export</RoleName>
                  <Arn>arn:aws:iam::123456789012:role/lake-export</Arn>
                  <CreateDate>2019-09-30T23:16:36Z</CreateDate>
                  <Tags><member><Key>managed-by</Key><Value>lakectl</Value></member></Tags>
                </Role>
              </CreateRoleResult>
            </CreateRoleResponse>
            """)
        let role = try await iam(transport).createRole(name: "lake-export", trustPolicy: "{}")
        #expect(role.assumeRolePolicyDocument?.hasPrefix(#"{"Version":"2012-10-17""#) == true)
        #expect(role.tags == [.managedByLakectl])
        #expect(role.createDate == AWSTimestamp.parse("2019-09-30T23:16:36Z"))
        let sent = form(try #require(await transport.requests.first))
        #expect(sent["Tags.member.1.Key"] == "managed-by")
        #expect(sent["Tags.member.1.Value"] == "lakectl")
        #expect(sent["AssumeRolePolicyDocument"] == "{}")
    }

    @Test func listPoliciesPageKeepsTheMarkerOnlyWhenTruncated() async throws {
        func reply(truncated: Bool) -> String {
            """
            <ListPoliciesResponse><ListPoliciesResult>
              <IsTruncated>\(truncated)</IsTruncated><Marker>EXAMPLEkakv9BCuUNFDtxWSyfzetYwEx2ADc8dnzfvERF5S6YMvXKx41t6gCl</Marker>
              <Policies><member>
                <PolicyName>lake-export</PolicyName><DefaultVersionId>v3</DefaultVersionId><PolicyId>ANPA1</PolicyId>
                <Path>/</Path><Arn>arn:aws:iam::123456789012:policy/lake-export</Arn><AttachmentCount>2</AttachmentCount>
                <IsAttachable>true</IsAttachable>
              </member></Policies>
            </ListPoliciesResult></ListPoliciesResponse>
            """
        }
        let transport = OneReplyTransport(reply(truncated: true))
        let page = try await iam(transport).listPoliciesPage(scope: .local, marker: "m0", maxItems: 1)
        #expect(page.nextToken?.hasPrefix("EXAMPLE") == true)
        #expect(
            page.items == [
                ManagedPolicy(
                    policyName: "lake-export", policyId: "ANPA1", arn: "arn:aws:iam::123456789012:policy/lake-export",
                    defaultVersionId: "v3", attachmentCount: 2)
            ])
        let sent = form(try #require(await transport.requests.first))
        #expect(sent["Scope"] == "Local")
        #expect(sent["Marker"] == "m0")
        #expect(sent["MaxItems"] == "1")
        let last = try await iam(OneReplyTransport(reply(truncated: false))).listPoliciesPage()
        #expect(last.nextToken == nil)
    }

    @Test func errorsKeepTheIAMCode() async throws {
        let transport = OneReplyTransport(
            status: 409,
            """
            <ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">
              <Error><Type>Sender</Type><Code>LimitExceeded</Code><Message>A managed policy can have up to 5 versions.</Message></Error>
              <RequestId>r-1</RequestId>
            </ErrorResponse>
            """)
        let error = await #expect(throws: AWSError.self) {
            try await iam(transport).createPolicyVersion(
                arn: "arn:aws:iam::1:policy/p", document: "{}", setAsDefault: true)
        }
        #expect(error?.hasCode(IAMClient.ErrorCode.limitExceeded) == true)
        #expect(error?.service == "IAM")
        #expect(error?.operation == "CreatePolicyVersion")
    }

    @Test(arguments: [
        ("%7B%22a%22%3A1%7D", #"{"a":1}"#), (#"{"a":"50%"}"#, #"{"a":"50%"}"#), ("  %7B%7D\n", "{}"),
    ])
    func documentsAreURLDecodedUnlessAlreadyJSON(raw: String, expected: String) {
        #expect(IAMClient.decodeDocument(raw) == expected)
    }

    @Test func versionNumbersOrderVersions() {
        #expect(PolicyVersion(versionId: "v10", isDefaultVersion: false).number == 10)
        #expect(PolicyVersion(versionId: "x", isDefaultVersion: false).number == 0)
    }
}
