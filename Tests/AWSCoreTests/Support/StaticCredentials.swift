import AWSCore

/// Fixed credentials for tests (the real static provider belongs to the credentials work).
struct StaticCredentials: CredentialProvider {
    var name: String { "static (test)" }
    let value: AWSCredentials?

    init(
        accessKeyId: String = "AKIDEXAMPLE", secret: String = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        token: String? = nil
    ) {
        value = AWSCredentials(accessKeyId: accessKeyId, secretAccessKey: secret, sessionToken: token, source: "test")
    }

    init(none: Void) {
        value = nil
    }

    func credentials() async throws -> AWSCredentials? { value }
}
