import AWSCore

/// Sends every request over the real transport (libcurl) and keeps a copy, so an emulator test can check
/// what actually went on the wire (for example, that a call the SDKs send unsigned carries no signature).
actor ObservingTransport: HTTPTransport {
    private let real: any HTTPTransport
    private(set) var requests: [HTTPRequest] = []

    init(_ real: any HTTPTransport = CurlTransport()) {
        self.real = real
    }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        requests.append(request)
        return try await real.send(request)
    }

    func send(_ request: HTTPRequest, writingBodyTo path: String) async throws -> HTTPResponse {
        requests.append(request)
        return try await real.send(request, writingBodyTo: path)
    }
}
