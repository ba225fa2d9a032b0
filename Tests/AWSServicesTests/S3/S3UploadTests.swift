import AWSCore
import Foundation
import Testing

@testable import AWSServices

/// The multipart path of `upload(file:bucket:key:)` against scripted replies: the failure cases the
/// emulator cannot produce on demand.
@Suite struct S3UploadTests {
    private func tempFile(bytes: Int) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("s3-upload-\(UUID().uuidString).bin")
        try Data(repeating: 7, count: bytes).write(to: url)
        return url
    }

    private func client(_ transport: RoutingTransport) -> S3Client {
        S3Client(
            client: AWSClient(
                region: "us-east-1", credentialProvider: TestCredentials(), endpoint: "http://127.0.0.1:9",
                transport: transport,
                retryStrategy: StandardRetryStrategy(configuration: RetryConfiguration(maxAttempts: 1))))
    }

    static let created =
        "<InitiateMultipartUploadResult><Bucket>b</Bucket><Key>k</Key><UploadId>up-1</UploadId></InitiateMultipartUploadResult>"

    @Test func aFailedPartAbortsTheUpload() async throws {
        let file = try tempFile(bytes: 11 * 1_048_576)
        defer { try? FileManager.default.removeItem(at: file) }
        let transport = RoutingTransport { request, index in
            switch (request.method, index) {
            case ("POST", _): return HTTPResponse(status: 200, body: Array(Self.created.utf8))
            case ("PUT", 1): return HTTPResponse(status: 200, headers: [HTTPHeader("ETag", "\"e1\"")])
            case ("PUT", _):
                return HTTPResponse(
                    status: 403, body: Array("<Error><Code>AccessDenied</Code><Message>no</Message></Error>".utf8))
            default: return HTTPResponse(status: 204)
            }
        }
        let error = await #expect(throws: AWSError.self) {
            try await client(transport).upload(
                file: file.path, bucket: "b", key: "k", multipartThreshold: 5 * 1_048_576, partSize: 5 * 1_048_576)
        }
        #expect(error?.code == "AccessDenied")
        let sent = await transport.requests.map { "\($0.method) \($0.url)" }
        #expect(
            sent == [
                "POST http://127.0.0.1:9/b/k?uploads=",
                "PUT http://127.0.0.1:9/b/k?partNumber=1&uploadId=up-1",
                "PUT http://127.0.0.1:9/b/k?partNumber=2&uploadId=up-1",
                "DELETE http://127.0.0.1:9/b/k?uploadId=up-1",
            ])
    }

    /// CompleteMultipartUpload can fail after answering 200: the `<Error>` body is the outcome.
    @Test func anErrorInsideA200CompleteIsThrownAndAborts() async throws {
        let file = try tempFile(bytes: 6 * 1_048_576)
        defer { try? FileManager.default.removeItem(at: file) }
        let transport = RoutingTransport { request, _ in
            if request.method == "POST" && request.url.contains("uploads=") {
                return HTTPResponse(status: 200, body: Array(Self.created.utf8))
            }
            if request.method == "POST" {
                return HTTPResponse(
                    status: 200,
                    body: Array("<Error><Code>InternalError</Code><Message>try again</Message></Error>".utf8))
            }
            if request.method == "PUT" { return HTTPResponse(status: 200, headers: [HTTPHeader("ETag", "\"e\"")]) }
            return HTTPResponse(status: 204)
        }
        let error = await #expect(throws: AWSError.self) {
            try await client(transport).upload(
                file: file.path, bucket: "b", key: "k", multipartThreshold: 5 * 1_048_576, partSize: 5 * 1_048_576)
        }
        #expect(error?.code == "InternalError")
        #expect(error?.operation == "CompleteMultipartUpload")
        let methods = await transport.requests.map(\.method)
        #expect(methods == ["POST", "PUT", "PUT", "POST", "DELETE"])
        // The parts were 5 MiB and the 1 MiB remainder.
        let sizes = await transport.requests.filter { $0.method == "PUT" }.map { request -> Int in
            if case .bytes(let bytes) = request.body { return bytes.count }
            return -1
        }
        #expect(sizes == [5 * 1_048_576, 1_048_576])
    }
}

/// Answers each request through a closure given the request and its 0-based index; keeps what was sent.
actor RoutingTransport: HTTPTransport {
    let route: @Sendable (HTTPRequest, Int) -> HTTPResponse
    private(set) var requests: [HTTPRequest] = []

    init(_ route: @escaping @Sendable (HTTPRequest, Int) -> HTTPResponse) {
        self.route = route
    }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        requests.append(request)
        return route(request, requests.count - 1)
    }

    func send(_ request: HTTPRequest, writingBodyTo path: String) async throws -> HTTPResponse {
        try await send(request)
    }
}
