import CCurl
import Foundation

/// The real `HTTPTransport`, on libcurl.
///
/// - Connections are reused: easy handles are pooled per host (`CurlHandlePool`), and a handle keeps its
///   connection cache across `curl_easy_reset`.
/// - TLS peer and host verification stay on (curl's defaults, set explicitly so no later edit drops them).
/// - Proxies: nothing here sets CURLOPT_PROXY, so libcurl itself honours `https_proxy`/`HTTPS_PROXY`,
///   `http_proxy` (lower case only, as curl reads it for http), `ALL_PROXY` and `NO_PROXY`.
/// - `curl_easy_perform` blocks, so each transfer runs on a thread of its own (a concurrent dispatch queue
///   would cap blocking work at the core count, and the Swift cooperative pool must never block),
///   never on the Swift cooperative pool; the async caller waits on a continuation.
/// - Task cancellation sets a flag that the progress callback reads; curl then aborts the transfer and
///   `send` throws `CancellationError`.
package final class CurlTransport: HTTPTransport {
    package struct Configuration: Sendable {
        /// Time allowed for TCP connect plus TLS handshake.
        package var connectTimeoutSeconds: Double = 10
        /// Default whole-transfer deadline when the request sets none; 0 means no limit.
        package var timeoutSeconds: Double = 120
        /// A transfer that moves less than one byte per second for this long is abandoned (the SDKs'
        /// socket read timeout); it protects long transfers that set no total deadline. 0 turns it off.
        package var stallTimeoutSeconds: Int = 60
        /// Idle handles (each holding a live connection) kept per host.
        package var maxIdleConnectionsPerHost: Int = 8
        /// A PEM bundle to verify servers with instead of the system store (AWS_CA_BUNDLE).
        package var caBundlePath: String? = nil

        package init() {}
    }

    private let configuration: Configuration
    private let pool: CurlHandlePool
    private let stats = CurlStatistics()

    package init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
        self.pool = CurlHandlePool(maxIdlePerHost: configuration.maxIdleConnectionsPerHost)
    }

    /// How many new connections all transfers so far have opened (CURLINFO_NUM_CONNECTS summed): with
    /// keep-alive working, several calls to one host open one connection.
    package var connectionsOpened: Int { stats.connectionsOpened }

    package func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        try await perform(request, downloadPath: nil)
    }

    package func send(_ request: HTTPRequest, writingBodyTo path: String) async throws -> HTTPResponse {
        try await perform(request, downloadPath: path)
    }

    private func perform(_ request: HTTPRequest, downloadPath: String?) async throws -> HTTPResponse {
        try CurlGlobal.ensureInitialised()
        try Task.checkCancellation()
        let transfer = try makeTransfer(for: request, downloadPath: downloadPath)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<HTTPResponse, Error>) in
                let thread = Thread {
                    continuation.resume(with: self.run(request, transfer: transfer, downloadPath: downloadPath))
                }
                thread.name = "lakectl.curl"
                thread.start()
            }
        } onCancel: {
            transfer.cancel()
        }
    }

    private func makeTransfer(for request: HTTPRequest, downloadPath: String?) throws -> CurlTransfer {
        switch request.body {
        case .empty:
            return CurlTransfer(uploadBytes: [], uploadFile: nil, downloadPath: downloadPath)
        case .bytes(let bytes):
            return CurlTransfer(uploadBytes: bytes, uploadFile: nil, downloadPath: downloadPath)
        case .file(let path, _):
            guard let file = FileHandle(forReadingAtPath: path) else {
                throw HTTPTransportError.file(path: path, reason: "cannot open it for reading")
            }
            return CurlTransfer(uploadBytes: [], uploadFile: file, downloadPath: downloadPath)
        }
    }

    /// Runs one blocking transfer on the calling (dispatch) thread.
    private func run(_ request: HTTPRequest, transfer: CurlTransfer, downloadPath: String?) -> Result<
        HTTPResponse, Error
    > {
        let hostKey = CurlHandlePool.hostKey(for: request.url)
        guard let handle = pool.checkout(hostKey: hostKey) else {
            return .failure(HTTPTransportError.setup("curl_easy_init returned no handle"))
        }
        let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        let headerList = CurlRequestSetup.headerList(for: request)
        defer {
            curl_slist_free_all(headerList)
            errorBuffer.deallocate()
        }
        let context = Unmanaged.passRetained(transfer)
        defer { context.release() }
        transfer.handle = handle

        var code = CurlRequestSetup.apply(
            request, to: handle, headers: headerList, context: context.toOpaque(), errorBuffer: errorBuffer,
            configuration: configuration)
        if code == CURLE_OK {
            code = curl_easy_perform(handle)
        }
        transfer.handle = nil
        var connects: Int = 0
        _ = lakectl_curl_getinfo_long(handle, CURLINFO_NUM_CONNECTS, &connects)
        stats.add(connections: connects)
        var status: Int = 0
        _ = lakectl_curl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        // Detach our buffers before the handle goes back to the pool.
        pool.checkin(handle, hostKey: hostKey, reusable: code == CURLE_OK)
        transfer.finishDownload()

        if code == CURLE_ABORTED_BY_CALLBACK && transfer.isCancelled {
            return .failure(CancellationError())
        }
        if let fileError = transfer.fileError, let downloadPath {
            return .failure(HTTPTransportError.file(path: downloadPath, reason: fileError))
        }
        guard code == CURLE_OK else {
            let detail = String(cString: errorBuffer)
            let message = detail.isEmpty ? CurlGlobal.message(for: code) : detail
            return .failure(
                HTTPTransportError.curl(
                    code: Int(code.rawValue), kind: CurlRequestSetup.kind(of: code), message: message,
                    url: CurlRequestSetup.urlWithoutQuery(request.url)))
        }
        let inFile = transfer.ensureDownloadFileForEmptyBody(status: status)
        if let fileError = transfer.fileError, let downloadPath {
            return .failure(HTTPTransportError.file(path: downloadPath, reason: fileError))
        }
        return .success(
            HTTPResponse(
                status: status, headers: transfer.headers, body: inFile ? [] : transfer.body,
                bodyFile: inFile ? downloadPath : nil))
    }
}
