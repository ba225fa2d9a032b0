/// Decides which failures are worth another attempt, following botocore's standard mode
/// (`botocore/retries/standard.py`) and AWS-NOTES B7.
package enum RetryClassifier {
    package static let throttlingCodes: Set<String> = [
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
        "TooManyRequestsException", "ProvisionedThroughputExceededException", "TransactionInProgressException",
        "RequestLimitExceeded", "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled",
        "SlowDown", "PriorRequestNotComplete", "EC2ThrottledException",
    ]
    package static let transientCodes: Set<String> = [
        "RequestTimeout", "RequestTimeoutException", "PriorRequestNotComplete",
    ]
    package static let transientStatuses: Set<Int> = [500, 502, 503, 504]

    /// nil means "do not retry": a client error such as AccessDenied or ValidationException.
    package static func classify(_ error: any Error) -> RetryErrorKind? {
        if let error = error as? AWSError {
            if throttlingCodes.contains(error.code) || error.statusCode == 429 { return .throttling }
            if transientCodes.contains(error.code) || transientStatuses.contains(error.statusCode) { return .transient }
            return nil
        }
        if case .transport(_, _, let transportError) = error as? AWSClientError {
            return classify(transport: transportError)
        }
        if let transportError = error as? HTTPTransportError {
            return classify(transport: transportError)
        }
        return nil
    }

    /// Timeouts cost more quota; every other failure of the exchange is transient (see
    /// `HTTPTransportError.isRetryable`): botocore likewise retries any connection or HTTP client error.
    private static func classify(transport error: HTTPTransportError) -> RetryErrorKind? {
        if error.isTimeout { return .timeout }
        return error.isRetryable ? .transient : nil
    }
}
