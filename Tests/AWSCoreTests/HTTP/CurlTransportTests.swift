import AWSSigV4
import Foundation
import Testing

@testable import AWSCore

/// The libcurl transport against a real local HTTP/1.1 server.
@Suite struct CurlTransportTests {
    @Test func getReturnsStatusHeadersAndBody() async throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        let response = try await CurlTransport().send(HTTPRequest(method: "GET", url: server.baseURL + "/hello"))
        #expect(response.status == 200)
        #expect(response.body == Array("hello".utf8))
        #expect(response.headers.value(for: "x-echo") == "one")
    }

    @Test func twoCallsToOneHostReuseOneConnection() async throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        let transport = CurlTransport()
        let started = Date()
        for _ in 0..<3 {
            let response = try await transport.send(HTTPRequest(method: "GET", url: server.baseURL + "/hello"))
            #expect(response.status == 200)
        }
        // curl closes a connection idle for 118 s (CURLOPT_MAXAGE_CONN's default). Under the full suite on two
        // cores a test can wait that long to resume between calls; then a second connection is right, not a bug.
        if Date().timeIntervalSince(started) < 100 {
            #expect(transport.connectionsOpened == 1)
        } else {
            #expect(transport.connectionsOpened <= 3)
        }
    }

    /// A reply cut off mid-body and reset is a retryable transport error, and its connection is never
    /// reused: the next call opens a fresh one and succeeds (curl error 1, "Received HTTP/0.9 when not
    /// allowed", is what reading leftovers of a broken reply looks like).
    @Test func aCutOffReplyFailsRetryablyAndItsConnectionIsNotReused() async throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        let transport = CurlTransport()
        let started = Date()
        #expect(try await transport.send(HTTPRequest(method: "GET", url: server.baseURL + "/hello")).status == 200)
        let failure = await #expect(throws: HTTPTransportError.self) {
            _ = try await transport.send(HTTPRequest(method: "GET", url: server.baseURL + "/cut"))
        }
        #expect(failure?.isRetryable == true, "\(String(describing: failure))")
        for _ in 0..<2 {
            let response = try await transport.send(HTTPRequest(method: "GET", url: server.baseURL + "/hello"))
            #expect(response.body == Array("hello".utf8))
        }
        // As in the test above: a wait of over 118 s between any two calls (seen under the full suite on two
        // cores) lets curl age a connection out, and a third connection is then right. The clock starts
        // before the first call: a long wait before the cut call ages out the first connection.
        if Date().timeIntervalSince(started) < 100 {
            #expect(transport.connectionsOpened == 2)
        } else {
            #expect((2...3).contains(transport.connectionsOpened))
        }
    }

    @Test func sendsNoExpectOrUnsignedFormContentType() async throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        let response = try await CurlTransport().send(
            HTTPRequest(
                method: "GET", url: server.baseURL + "/headers", headers: [HTTPHeader("X-Amz-Date", "20261124T000000Z")]
            ))
        let text = String(decoding: response.body, as: UTF8.self)
        #expect(text.contains("X-Amz-Date: 20261124T000000Z"))
        #expect(!text.lowercased().contains("expect:"))
        #expect(!text.lowercased().contains("content-type:"))
    }

    @Test func headerValuesCannotInjectHeaders() async throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        let response = try await CurlTransport().send(
            HTTPRequest(
                method: "GET", url: server.baseURL + "/headers",
                headers: [HTTPHeader("x-amz-meta-note", "a\r\nX-Injected: yes")]))
        let text = String(decoding: response.body, as: UTF8.self)
        #expect(!text.contains("\nX-Injected"))
        #expect(text.contains("x-amz-meta-note: a X-Injected: yes"))
    }

    @Test(arguments: ["PUT", "POST", "PATCH"])
    func uploadsBytesFromMemory(method: String) async throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        let body = Array("Action=GetCallerIdentity&Version=2011-06-15".utf8)
        let response = try await CurlTransport().send(
            HTTPRequest(method: method, url: server.baseURL + "/upload", body: .bytes(body)))
        #expect(String(decoding: response.body, as: UTF8.self) == "\(SHA256Digest.hex(body)) \(body.count) \(method)")
    }

    @Test func streamsAFileUpAndAFileDown() async throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "lakectl-curl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }

        let size = 3_000_000
        let content = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        let upload = directory.appendingPathComponent("up.bin").path
        try Data(content).write(to: URL(fileURLWithPath: upload))
        let transport = CurlTransport()
        let put = try await transport.send(
            HTTPRequest(method: "PUT", url: server.baseURL + "/object", body: .file(path: upload, length: Int64(size))))
        #expect(String(decoding: put.body, as: UTF8.self) == "\(SHA256Digest.hex(content)) \(size) PUT")

        let download = directory.appendingPathComponent("down.bin").path
        let get = try await transport.send(
            HTTPRequest(method: "GET", url: server.baseURL + "/big?n=2000000"), writingBodyTo: download)
        #expect(get.status == 200)
        #expect(get.body.isEmpty)
        #expect(get.bodyFile == download)
        let written = try Data(contentsOf: URL(fileURLWithPath: download))
        #expect(written.count == 2_000_000)
        #expect(Array(written.prefix(300)) == (0..<300).map { UInt8($0 % 251) })
    }

    @Test func errorReplyStaysInMemoryWhenAFileWasRequested() async throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lakectl-missing-\(UUID().uuidString)")
            .path
        let response = try await CurlTransport().send(
            HTTPRequest(method: "GET", url: server.baseURL + "/missing"), writingBodyTo: path)
        #expect(response.status == 404)
        #expect(response.bodyFile == nil)
        #expect(String(decoding: response.body, as: UTF8.self).contains("NoSuchKey"))
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func headAndDeleteHaveNoBody() async throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        let transport = CurlTransport()
        let head = try await transport.send(HTTPRequest(method: "HEAD", url: server.baseURL + "/x"))
        #expect(head.status == 200)
        #expect(head.body.isEmpty)
        let delete = try await transport.send(HTTPRequest(method: "DELETE", url: server.baseURL + "/x"))
        #expect(delete.status == 204)
    }

    @Test func cancellingTheTaskAbortsTheTransfer() async throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        let transport = CurlTransport()
        let started = Date()
        let task = Task { try await transport.send(HTTPRequest(method: "GET", url: server.baseURL + "/slow")) }
        try await Task.sleep(nanoseconds: 300_000_000)
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
        // The server answers /slow after 600 s. The bound is loose on purpose: CPU-heavy suites running
        // alongside can keep this task from being scheduled for a while, but never for minutes.
        #expect(Date().timeIntervalSince(started) < 300)
    }

    /// Blocking transfers run on threads of their own: more concurrent slow calls than this machine has
    /// cores are in flight at once (the server counts them), instead of queueing behind the cooperative
    /// pool or a core-count-wide queue. Counting, not timing, so a loaded machine cannot make it flaky.
    @Test func concurrentTransfersDoNotQueueBehindTheCooperativePool() async throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        let transport = CurlTransport()
        let count = max(6, ProcessInfo.processInfo.activeProcessorCount * 3)
        let peaks = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<count {
                group.addTask {
                    let response = try await transport.send(
                        HTTPRequest(method: "GET", url: server.baseURL + "/sleep?s=2"))
                    return Int(String(decoding: response.body, as: UTF8.self)) ?? 0
                }
            }
            var peaks: [Int] = []
            for try await peak in group { peaks.append(peak) }
            return peaks
        }
        #expect((peaks.max() ?? 0) > ProcessInfo.processInfo.activeProcessorCount)
    }

    @Test func totalTimeoutIsATypedTimeout() async throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        let error = await #expect(throws: HTTPTransportError.self) {
            try await CurlTransport().send(
                HTTPRequest(method: "GET", url: server.baseURL + "/slow", timeoutSeconds: 0.5))
        }
        #expect(error?.isTimeout == true)
    }

    @Test func refusedConnectionIsATypedConnectError() async throws {
        let port = try LocalHTTPServer.unusedPort()
        let error = await #expect(throws: HTTPTransportError.self) {
            try await CurlTransport().send(
                HTTPRequest(method: "GET", url: "http://127.0.0.1:\(port)/x?X-Amz-Signature=secret"))
        }
        guard case .curl(_, let kind, let message, let url) = error else {
            Issue.record("expected a curl error, got \(String(describing: error))")
            return
        }
        #expect(kind == .connect)
        #expect(!message.isEmpty)
        #expect(url == "http://127.0.0.1:\(port)/x")
        #expect(error?.isConnectionError == true)
    }

    @Test func missingUploadFileIsReportedBeforeSending() async throws {
        await #expect(
            throws: HTTPTransportError.file(path: "/nonexistent/lakectl", reason: "cannot open it for reading")
        ) {
            try await CurlTransport().send(
                HTTPRequest(
                    method: "PUT", url: "http://127.0.0.1:9/x", body: .file(path: "/nonexistent/lakectl", length: 1)))
        }
    }
}

extension LocalHTTPServer {
    /// A port nothing listens on: bound then released.
    static func unusedPort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0
            }
        }
        guard bound else { throw ServerError.noPort("bind failed") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
