import AWSCore

/// A transport that answers from a script of recorded replies (or transport failures) and keeps the
/// requests it was sent, for unit tests of retries and protocols. An actor, so concurrent calls are safe.
actor RecordedTransport: HTTPTransport {
    enum Reply: Sendable {
        case response(HTTPResponse)
        case failure(HTTPTransportError)
    }

    private var script: [Reply]
    private(set) var requests: [HTTPRequest] = []

    init(_ script: [Reply]) {
        self.script = script
    }

    init(responses: [HTTPResponse]) {
        self.script = responses.map { .response($0) }
    }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        requests.append(request)
        guard !script.isEmpty else {
            return HTTPResponse(status: 599, body: Array("recorded transport: script exhausted".utf8))
        }
        switch script.removeFirst() {
        case .response(let response): return response
        case .failure(let error): throw error
        }
    }

    func send(_ request: HTTPRequest, writingBodyTo path: String) async throws -> HTTPResponse {
        try await send(request)
    }
}

extension HTTPResponse {
    /// A reply with a UTF-8 body.
    static func text(_ status: Int, _ body: String, headers: [HTTPHeader] = []) -> HTTPResponse {
        HTTPResponse(status: status, headers: headers, body: Array(body.utf8))
    }
}
