/// One operation's request before the endpoint, signature and date are applied: what a wire protocol
/// produces and what the client sends, re-signing it on every attempt.
package struct AWSRequest: Sendable {
    /// The API operation name, for logs and errors ("GetCallerIdentity").
    package var operation: String
    package var method: String
    /// The percent-encoded path as sent, starting with "/".
    package var path: String
    /// Unencoded query parameters, in order; the client encodes them.
    package var query: [(String, String)]
    package var headers: [HTTPHeader]
    package var body: HTTPBody
    /// False for the few operations that are called without credentials (AssumeRoleWithWebIdentity).
    package var signed: Bool
    /// Per-attempt deadline, nil for the transport default (set for large uploads and downloads).
    package var timeoutSeconds: Double?

    package init(
        operation: String, method: String, path: String = "/", query: [(String, String)] = [],
        headers: [HTTPHeader] = [], body: HTTPBody = .empty, signed: Bool = true, timeoutSeconds: Double? = nil
    ) {
        self.operation = operation
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
        self.signed = signed
        self.timeoutSeconds = timeoutSeconds
    }
}
