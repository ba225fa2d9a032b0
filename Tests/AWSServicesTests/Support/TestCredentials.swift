import AWSCore

/// Fixed credentials for tests.
struct TestCredentials: CredentialProvider {
    var name: String { "static (test)" }
    let value: AWSCredentials

    init(
        _ accessKeyId: String = "AKIDEXAMPLE", _ secret: String = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        token: String? = nil
    ) {
        value = AWSCredentials(accessKeyId: accessKeyId, secretAccessKey: secret, sessionToken: token, source: "test")
    }

    func credentials() async throws -> AWSCredentials? { value }
}

/// Answers every request with one recorded reply and keeps what was sent.
actor OneReplyTransport: HTTPTransport {
    let reply: HTTPResponse
    private(set) var requests: [HTTPRequest] = []

    init(status: Int = 200, _ body: String) {
        reply = HTTPResponse(status: status, body: Array(body.utf8))
    }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        requests.append(request)
        return reply
    }

    func send(_ request: HTTPRequest, writingBodyTo path: String) async throws -> HTTPResponse {
        try await send(request)
    }
}
