import Foundation
import Testing

@testable import AWSCore

@Suite struct EnvironmentCredentialProviderTests {
    @Test func unsetIsNil() async throws {
        #expect(try await EnvironmentCredentialProvider(environment: ["AWS_ACCESS_KEY_ID": ""]).credentials() == nil)
    }

    @Test func readsKeysTokenAndExpiration() async throws {
        let env = [
            "AWS_ACCESS_KEY_ID": "AKID", "AWS_SECRET_ACCESS_KEY": Fixtures.secret,
            "AWS_SESSION_TOKEN": Fixtures.sessionToken, "AWS_CREDENTIAL_EXPIRATION": "2030-01-02T03:04:05Z",
        ]
        let credentials = try #require(try await EnvironmentCredentialProvider(environment: env).credentials())
        #expect(credentials.accessKeyId == "AKID")
        #expect(credentials.secretAccessKey == Fixtures.secret)
        #expect(credentials.sessionToken == Fixtures.sessionToken)
        #expect(credentials.expiration == Date(timeIntervalSince1970: 1_893_553_445))
        #expect(credentials.source == "environment variables")
    }

    @Test(arguments: [
        (["AWS_ACCESS_KEY_ID": "AKID"], "AWS_SECRET_ACCESS_KEY is not"),
        (["AWS_SECRET_ACCESS_KEY": Fixtures.secret], "AWS_ACCESS_KEY_ID is not"),
    ])
    func halfAPairIsAnError(environment: [String: String], message: String) async throws {
        let error = try await #require(throws: CredentialsError.self) {
            try await EnvironmentCredentialProvider(environment: environment).credentials()
        }
        #expect(error.description.contains(message))
        #expect(!error.description.contains(Fixtures.secret))
    }

    @Test func badExpirationIsAnError() async throws {
        let env = ["AWS_ACCESS_KEY_ID": "A", "AWS_SECRET_ACCESS_KEY": "S", "AWS_CREDENTIAL_EXPIRATION": "tomorrow"]
        await #expect(throws: CredentialsError.self) {
            try await EnvironmentCredentialProvider(environment: env).credentials()
        }
    }
}
