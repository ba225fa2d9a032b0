/// A request as the transport sends it: a full URL (already percent-encoded), headers, and a body that is
/// either in memory or streamed from a file (large S3 objects).
package struct HTTPRequest: Sendable, Equatable {
    package var method: String
    package var url: String
    package var headers: [HTTPHeader]
    package var body: HTTPBody
    /// Overall deadline for this one attempt; nil uses the transport's default.
    package var timeoutSeconds: Double?

    package init(
        method: String, url: String, headers: [HTTPHeader] = [], body: HTTPBody = .empty,
        timeoutSeconds: Double? = nil
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeoutSeconds = timeoutSeconds
    }
}

package enum HTTPBody: Sendable, Equatable {
    case empty
    case bytes([UInt8])
    /// Streamed from disk; `length` is sent as Content-Length.
    case file(path: String, length: Int64)
}
