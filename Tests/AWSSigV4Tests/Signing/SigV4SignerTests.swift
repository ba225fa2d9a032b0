import Foundation
import Testing

@testable import AWSSigV4

@Suite struct SigV4SignerTests {
    static let credentials = SigningCredentials(
        accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
    static let date = Date(timeIntervalSince1970: 1_440_938_160)

    @Test func s3SignsContentHashHeaderAndSingleEncodedPath() {
        let signer = SigV4Signer(credentials: Self.credentials, region: "us-east-1", service: "s3", options: .s3)
        let request = SignableRequest(
            method: "PUT", path: "/bucket/my%20key//x", headers: [SignableHeader("Host", "s3.amazonaws.com")])
        let payload = PayloadSigning.hashing("hello".utf8)
        let signed = signer.sign(request, payload: payload, date: Self.date)
        let lines = signed.canonicalRequest.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[1] == "/bucket/my%20key//x")
        #expect(signed.signedHeaders == "host;x-amz-content-sha256;x-amz-date")
        #expect(signed.request.header(named: "x-amz-content-sha256") == payload.canonicalValue)
        #expect(lines.last.map(String.init) == payload.canonicalValue)
    }

    @Test func unsignedPayloadIsSpelledOut() {
        let signer = SigV4Signer(credentials: Self.credentials, region: "us-east-1", service: "s3", options: .s3)
        let request = SignableRequest(
            method: "GET", path: "/b/k", headers: [SignableHeader("Host", "s3.amazonaws.com")])
        let signed = signer.sign(request, payload: .unsigned, date: Self.date)
        #expect(signed.canonicalRequest.hasSuffix("\nUNSIGNED-PAYLOAD"))
        #expect(signed.request.header(named: "X-Amz-Content-SHA256") == "UNSIGNED-PAYLOAD")
    }

    @Test func reSigningReplacesTheSignersOwnHeaders() {
        let signer = SigV4Signer(
            credentials: SigningCredentials(accessKeyId: "AKID", secretAccessKey: "s", sessionToken: "t1"),
            region: "us-east-1", service: "glue")
        let request = SignableRequest(
            method: "POST", path: "/", headers: [SignableHeader("Host", "glue.us-east-1.amazonaws.com")])
        let first = signer.sign(request, payload: .emptyBody, date: Self.date)
        let second = signer.sign(first.request, payload: .emptyBody, date: Self.date.addingTimeInterval(5))
        let names = second.request.headers.map { $0.name.lowercased() }
        #expect(names == ["host", "x-amz-security-token", "x-amz-date", "authorization"])
        #expect(second.request.header(named: "x-amz-date") == "20150830T123605Z")
        let fresh = signer.sign(request, payload: .emptyBody, date: Self.date.addingTimeInterval(5))
        #expect(second.signature == fresh.signature)
    }

    @Test func transportHeadersAreNotSigned() {
        let signer = SigV4Signer(credentials: Self.credentials, region: "us-east-1", service: "sts")
        let request = SignableRequest(
            method: "POST", path: "/",
            headers: [
                SignableHeader("Host", "sts.amazonaws.com"), SignableHeader("User-Agent", "lakectl/1.0"),
                SignableHeader("Content-Type", "application/x-www-form-urlencoded"),
                SignableHeader("X-Amzn-Trace-Id", "Root=1"), SignableHeader("Expect", "100-continue"),
            ])
        let signed = signer.sign(request, payload: .emptyBody, date: Self.date)
        #expect(signed.signedHeaders == "content-type;host;x-amz-date")
    }

    @Test func presignForS3WithUnsignedPayloadAddsNoHeaders() {
        let signer = SigV4Signer(
            credentials: SigningCredentials(accessKeyId: "AKID", secretAccessKey: "s", sessionToken: "a/b+c="),
            region: "eu-west-1", service: "s3", options: .s3)
        let request = SignableRequest(
            method: "GET", path: "/bucket/key", query: "versionId=3",
            headers: [SignableHeader("Host", "s3.eu-west-1.amazonaws.com")])
        let signed = signer.presign(request, expiresIn: 900, payload: .unsigned, date: Self.date)
        #expect(signed.request.headers == request.headers)
        #expect(signed.canonicalRequest.hasSuffix("\nhost\nUNSIGNED-PAYLOAD"))
        #expect(signed.request.query.hasPrefix("versionId=3&X-Amz-Algorithm=AWS4-HMAC-SHA256&"))
        #expect(signed.request.query.contains("&X-Amz-Security-Token=a%2Fb%2Bc%3D&"))
        #expect(signed.request.query.hasSuffix("&X-Amz-Signature=" + signed.signature))
        #expect(signed.canonicalRequest.contains("X-Amz-Expires=900"))
    }

    /// aws-c-auth's `sign_body`: header signing sends and signs the content hash header; query signing
    /// signs it (its post-x-www-form-urlencoded query variant) but adds no header to the request.
    @Test func signBodyAddsTheContentHashHeaderOnlyWhenSigningHeaders() throws {
        let signer = SigV4Signer(
            credentials: Self.credentials, region: "us-east-1", service: "service",
            options: SigV4Options(addContentSHA256Header: true))
        let raw = try RawHTTPRequest.parse(
            "POST / HTTP/1.1\nContent-Type:application/x-www-form-urlencoded\nHost:example.amazonaws.com\n"
                + "Content-Length:13\n\nParam1=value1")
        let payload = PayloadSigning.hashing(raw.body)
        let header = signer.sign(raw.request, payload: payload, date: Self.date)
        #expect(header.signedHeaders == "content-length;content-type;host;x-amz-content-sha256;x-amz-date")
        #expect(header.canonicalRequest.contains("\nx-amz-content-sha256:\(payload.canonicalValue)\n"))
        #expect(header.request.header(named: "x-amz-content-sha256") == payload.canonicalValue)

        let query = signer.presign(raw.request, expiresIn: 3600, payload: payload, date: Self.date)
        // aws-c-auth tests/aws-signing-test-suite/v4/post-x-www-form-urlencoded/query-*.txt
        let bodyHash = "9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e"
        #expect(payload.canonicalValue == bodyHash)
        #expect(
            query.canonicalRequest
                == "POST\n/\nX-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1"
                + "%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=3600&X-Amz-SignedHeaders="
                + "content-length%3Bcontent-type%3Bhost%3Bx-amz-content-sha256\ncontent-length:13\n"
                + "content-type:application/x-www-form-urlencoded\nhost:example.amazonaws.com\n"
                + "x-amz-content-sha256:\(bodyHash)\n\ncontent-length;content-type;host;x-amz-content-sha256\n\(bodyHash)"
        )
        #expect(query.signature == "c2348f57d08c84939944d6c878b3f7be56316f8e7fd6817e81eded279a362d69")
        #expect(query.request.header(named: "x-amz-content-sha256") == nil)
        #expect(query.request.headers == raw.request.headers)
        #expect(query.request.header(named: "X-Amz-Date") == nil)
    }

    @Test func emptySessionTokenIsNoToken() {
        let request = SignableRequest(method: "GET", path: "/", headers: [SignableHeader("Host", "sts.amazonaws.com")])
        let empty = SigV4Signer(
            credentials: SigningCredentials(accessKeyId: "AKID", secretAccessKey: "s", sessionToken: ""),
            region: "us-east-1", service: "sts")
        let none = SigV4Signer(
            credentials: SigningCredentials(accessKeyId: "AKID", secretAccessKey: "s"), region: "us-east-1",
            service: "sts")
        #expect(
            empty.sign(request, payload: .emptyBody, date: Self.date)
                == none.sign(request, payload: .emptyBody, date: Self.date))
        #expect(
            empty.presign(request, expiresIn: 60, payload: .emptyBody, date: Self.date)
                == none.presign(request, expiresIn: 60, payload: .emptyBody, date: Self.date))
    }

    @Test func payloadHashingMatchesDigest() {
        #expect(PayloadSigning.hashing([UInt8]()) == PayloadSigning.emptyBody)
        #expect(PayloadSigning.hashing("{}".utf8) == .sha256Hex(SHA256Digest.hex("{}".utf8)))
    }
}
