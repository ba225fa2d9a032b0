import Foundation
import Testing

@testable import AWSSigV4

/// The 2015 aws-sig-v4-test-suite as AWS published it (.req/.creq/.sts/.authz/.sreq), one test per step.
@Suite("aws-sig-v4-test-suite (2015)")
struct LegacySuiteTests {
    @Test("canonical request", arguments: LegacySuiteCase.all())
    func canonicalRequest(_ testCase: LegacySuiteCase) throws {
        let (signed, _) = try testCase.sign()
        #expect(signed.canonicalRequest == (try testCase.expected("creq")))
    }

    @Test("string to sign", arguments: LegacySuiteCase.all())
    func stringToSign(_ testCase: LegacySuiteCase) throws {
        let (signed, _) = try testCase.sign()
        #expect(signed.stringToSign == (try testCase.expected("sts")))
    }

    @Test("signature and Authorization header", arguments: LegacySuiteCase.all())
    func authorization(_ testCase: LegacySuiteCase) throws {
        let (signed, _) = try testCase.sign()
        let authz = try testCase.expected("authz").trimmingCharacters(in: .whitespacesAndNewlines)
        let expectedSignature = try #require(authz.components(separatedBy: "Signature=").last)
        #expect(signed.signature == expectedSignature)
        #expect(signed.request.header(named: "Authorization") == authz)
    }

    @Test("signed request rendering", arguments: LegacySuiteCase.all())
    func signedRequest(_ testCase: LegacySuiteCase) throws {
        let (signed, body) = try testCase.sign()
        let rendered = RawHTTPRequest(request: signed.request, body: body).renderedText(.legacySuite)
        #expect(rendered == (try testCase.expected("sreq")))
    }
}
