import Testing

@testable import AWSCore

@Suite struct LogRedactionTests {
    @Test func secretHeadersAreReplaced() {
        let headers = [
            HTTPHeader("Authorization", "AWS4-HMAC-SHA256 Credential=AKID/…, Signature=abcdef"),
            HTTPHeader("x-amz-security-token", "FQoGZXIvYXdzEBYa"),
            HTTPHeader("X-Amz-Date", "20261124T090000Z"),
            HTTPHeader("x-amz-server-side-encryption-customer-key", "c2VjcmV0"),
        ]
        let text = LogRedaction.headerText(headers)
        #expect(!text.contains("abcdef"))
        #expect(!text.contains("FQoGZXIvYXdzEBYa"))
        #expect(!text.contains("c2VjcmV0"))
        #expect(text.contains("X-Amz-Date: 20261124T090000Z"))
        #expect(text.contains("Authorization: <redacted>"))
    }

    @Test func presignedQueryParametersAreReplaced() {
        let url =
            "https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKID%2F20261124&X-Amz-Signature=deadbeef&X-Amz-Security-Token=tok&versionId=3"
        let redacted = LogRedaction.url(url)
        #expect(
            redacted
                == "https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=<redacted>&X-Amz-Signature=<redacted>&X-Amz-Security-Token=<redacted>&versionId=3"
        )
        #expect(LogRedaction.url("https://sts.amazonaws.com/") == "https://sts.amazonaws.com/")
    }

    @Test func errorsAndCredentialsNeverPrintSecrets() {
        let credentials = AWSCredentials(
            accessKeyId: "AKID", secretAccessKey: "SECRET", sessionToken: "TOKEN", source: "test")
        #expect(!"\(credentials)".contains("SECRET"))
        #expect(!"\(credentials)".contains("TOKEN"))
        let transport = HTTPTransportError.curl(code: 7, kind: .connect, message: "refused", url: "https://x/k")
        #expect("\(transport)" == "HTTP transfer to https://x/k failed (connect, curl error 7): refused")
    }
}
