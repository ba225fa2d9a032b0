import Foundation
import Testing

@testable import AWSCore

@Suite struct CredentialDocumentTests {
    @Test(arguments: [
        ("2030-01-02T03:04:05Z", 1_893_553_445.0),
        ("2030-01-02T03:04:05.500Z", 1_893_553_445.5),
        ("2030-01-02T05:04:05+02:00", 1_893_553_445.0),
    ])
    func dates(text: String, seconds: Double) throws {
        let date = try #require(CredentialDocument.parseDate(text))
        #expect(abs(date.timeIntervalSince1970 - seconds) < 0.001)
    }

    @Test func badJSONNeverQuotesTheBody() throws {
        let body = Array("{\"SecretAccessKey\": \"\(Fixtures.secret)\"".utf8)
        let error = try #require(throws: CredentialsError.self) { try CredentialDocument.decode(body, source: "x") }
        #expect(!error.description.contains(Fixtures.secret))
    }
}
