/// An error reply from an AWS service (or an endpoint standing in for one), decoded from any wire
/// protocol into one shape. It never carries request headers, credentials or signatures — only what the
/// service said, so it is safe to print and log.
package struct AWSError: Error, Sendable, Equatable {
    /// The service id, e.g. "STS", "Glue".
    package var service: String
    /// The operation, e.g. "GetCallerIdentity".
    package var operation: String
    /// The AWS error code with any `prefix#` or `:suffix` removed, e.g. "AccessDenied".
    package var code: String
    package var message: String?
    package var statusCode: Int
    package var requestId: String?
    /// A server hint (Retry-After / x-amz-retry-after) for when to try again, in seconds.
    package var retryAfterSeconds: Double?

    package init(
        service: String, operation: String, code: String, message: String?, statusCode: Int,
        requestId: String? = nil, retryAfterSeconds: Double? = nil
    ) {
        self.service = service
        self.operation = operation
        self.code = code
        self.message = message
        self.statusCode = statusCode
        self.requestId = requestId
        self.retryAfterSeconds = retryAfterSeconds
    }
}

extension AWSError: CustomStringConvertible {
    /// "STS GetCallerIdentity failed: SignatureDoesNotMatch (HTTP 403): <message> [request id …]".
    package var description: String {
        var text = "\(service) \(operation) failed: \(code) (HTTP \(statusCode))"
        if let message, !message.isEmpty { text += ": \(message)" }
        if let requestId, !requestId.isEmpty { text += " [request id \(requestId)]" }
        return text
    }
}
