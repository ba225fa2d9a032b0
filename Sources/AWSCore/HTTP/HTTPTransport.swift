/// Sends one HTTP request and returns the response. The libcurl transport is the real one; the protocol
/// exists so retries, credentials and waiters can be unit-tested with recorded replies.
/// Implementations honour task cancellation by aborting the transfer and throwing `CancellationError`.
package protocol HTTPTransport: Sendable {
    func send(_ request: HTTPRequest) async throws -> HTTPResponse
    /// Same, but the response body goes to `path` on disk instead of memory.
    func send(_ request: HTTPRequest, writingBodyTo path: String) async throws -> HTTPResponse
}
