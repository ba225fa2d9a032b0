import Foundation

@testable import AWSCore

/// An `HTTPTransport` that answers from recorded replies keyed by "METHOD URL" and records every request, so
/// provider tests can check what was sent (headers, timeouts) without a network.
actor StubTransport: HTTPTransport {
    enum Reply: Sendable {
        case response(HTTPResponse)
        case failure(String)
    }

    struct Unreachable: Error, CustomStringConvertible {
        var description: String
    }

    private var replies: [String: Reply]
    private(set) var requests: [HTTPRequest] = []

    init(_ replies: [String: Reply] = [:]) {
        self.replies = replies
    }

    static func ok(_ body: String, status: Int = 200) -> Reply {
        .response(HTTPResponse(status: status, body: Array(body.utf8)))
    }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        requests.append(request)
        switch replies["\(request.method) \(request.url)"] {
        case .response(let response): return response
        case .failure(let message): throw Unreachable(description: message)
        case nil: throw Unreachable(description: "connection refused: \(request.method) \(request.url)")
        }
    }

    func send(_ request: HTTPRequest, writingBodyTo path: String) async throws -> HTTPResponse {
        try await send(request)
    }
}
