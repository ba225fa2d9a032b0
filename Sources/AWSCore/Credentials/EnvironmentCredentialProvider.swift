import Foundation

/// Static keys from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (+ AWS_SESSION_TOKEN,
/// AWS_CREDENTIAL_EXPIRATION). First in every SDK chain. Half a pair is an error, not a silent skip, because
/// the user clearly meant to use these (botocore's PartialCredentialsError).
package struct EnvironmentCredentialProvider: CredentialProvider {
    package let name = "environment variables"
    package var environment: [String: String]

    package init(environment: [String: String]) {
        self.environment = environment
    }

    package func credentials() async throws -> AWSCredentials? {
        let accessKeyId = value("AWS_ACCESS_KEY_ID")
        let secretAccessKey = value("AWS_SECRET_ACCESS_KEY")
        switch (accessKeyId, secretAccessKey) {
        case (nil, nil):
            return nil
        case (.some, nil):
            throw CredentialsError.incompleteEnvironment(missing: "AWS_SECRET_ACCESS_KEY", present: "AWS_ACCESS_KEY_ID")
        case (nil, .some):
            throw CredentialsError.incompleteEnvironment(missing: "AWS_ACCESS_KEY_ID", present: "AWS_SECRET_ACCESS_KEY")
        case (.some(let accessKeyId), .some(let secretAccessKey)):
            var expiration: Date?
            if let text = value("AWS_CREDENTIAL_EXPIRATION") {
                guard let date = CredentialDocument.parseDate(text) else {
                    throw CredentialsError.invalidSetting(
                        name: "AWS_CREDENTIAL_EXPIRATION", reason: "is not an ISO-8601 timestamp", at: nil)
                }
                expiration = date
            }
            return AWSCredentials(
                accessKeyId: accessKeyId, secretAccessKey: secretAccessKey, sessionToken: value("AWS_SESSION_TOKEN"),
                expiration: expiration, source: name)
        }
    }

    private func value(_ variable: String) -> String? {
        guard let value = environment[variable], !value.isEmpty else { return nil }
        return value
    }
}
