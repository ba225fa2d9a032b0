/// Failures on the client side of an AWS call: nothing reached the service, its reply could not be read,
/// or a paginator or waiter gave up. Service-reported errors are `AWSError`.
package enum AWSClientError: Error, Sendable, Equatable {
    /// The HTTP transfer failed (connection refused, DNS, TLS, timeout).
    case transport(service: String, operation: String, HTTPTransportError)
    /// No credential source produced credentials for a call that must be signed.
    case noCredentials(service: String, operation: String, tried: String)
    /// The request could not be built (bad endpoint URL, unencodable input).
    case invalidRequest(service: String, operation: String, reason: String)
    /// A 2xx reply whose body is not what the protocol promises.
    case invalidResponse(service: String, operation: String, reason: String)
    /// A paginator saw a continuation token it had already followed: the service would loop forever.
    case repeatedPageToken(service: String, operation: String, page: Int)
    /// A waiter reached a failure acceptor.
    case waiterFailed(name: String, reason: String)
    /// A waiter ran out of time before a success acceptor matched.
    case waiterTimedOut(name: String, attempts: Int, seconds: Double)
}

extension AWSClientError: CustomStringConvertible {
    package var description: String {
        switch self {
        case .transport(let service, let operation, let error):
            return "\(service) \(operation) failed: \(error)"
        case .noCredentials(let service, let operation, let tried):
            return "\(service) \(operation) needs AWS credentials but none were found (tried: \(tried)); "
                + "set AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY"
        case .invalidRequest(let service, let operation, let reason):
            return "\(service) \(operation): cannot build the request: \(reason)"
        case .invalidResponse(let service, let operation, let reason):
            return "\(service) \(operation): unexpected reply: \(reason)"
        case .repeatedPageToken(let service, let operation, let page):
            return
                "\(service) \(operation): page \(page) returned a continuation token already seen; stopped to avoid an endless loop"
        case .waiterFailed(let name, let reason):
            return "waiting for \(name) failed: \(reason)"
        case .waiterTimedOut(let name, let attempts, let seconds):
            return "gave up waiting for \(name) after \(attempts) checks over \(Int(seconds)) s"
        }
    }
}
