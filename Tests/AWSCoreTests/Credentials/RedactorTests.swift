import Testing

@testable import AWSCore

@Suite struct RedactorTests {
    @Test func scrubsEveryOccurrence() {
        let text = "a \(Fixtures.secret) b \(Fixtures.secret) c \(Fixtures.sessionToken)"
        #expect(
            Redactor.scrub(text, secrets: [Fixtures.secret, Fixtures.sessionToken, nil])
                == "a <redacted> b <redacted> c <redacted>")
    }

    @Test func ignoresTinyStrings() {
        #expect(Redactor.scrub("abc", secrets: ["b", ""]) == "abc")
    }
}
