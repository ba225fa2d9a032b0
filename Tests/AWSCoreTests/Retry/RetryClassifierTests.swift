import Testing

@testable import AWSCore

@Suite struct RetryClassifierTests {
    private func error(_ code: String, _ status: Int = 400) -> AWSError {
        AWSError(service: "Glue", operation: "GetTable", code: code, message: nil, statusCode: status)
    }

    @Test(arguments: Array(RetryClassifier.throttlingCodes))
    func throttlingCodes(code: String) {
        #expect(RetryClassifier.classify(error(code)) == .throttling)
    }

    @Test(arguments: ["RequestTimeout", "RequestTimeoutException"])
    func transientCodes(code: String) {
        #expect(RetryClassifier.classify(error(code)) == .transient)
    }

    @Test(arguments: [500, 502, 503, 504])
    func transientStatuses(status: Int) {
        #expect(RetryClassifier.classify(error("InternalFailure", status)) == .transient)
    }

    @Test func http429IsThrottling() {
        #expect(RetryClassifier.classify(error("Whatever", 429)) == .throttling)
    }

    @Test(arguments: ["AccessDenied", "ValidationException", "SignatureDoesNotMatch", "EntityNotFoundException"])
    func clientErrorsAreNotRetried(code: String) {
        #expect(RetryClassifier.classify(error(code)) == nil)
        #expect(RetryClassifier.classify(error(code, 501)) == nil)
    }

    @Test func transportErrors() {
        let refused = HTTPTransportError.curl(code: 7, kind: .connect, message: "Connection refused", url: "http://x")
        let timedOut = HTTPTransportError.curl(
            code: 28, kind: .timeout, message: "Operation timed out", url: "http://x")
        let tls = HTTPTransportError.curl(code: 60, kind: .tls, message: "SSL certificate problem", url: "https://x")
        #expect(
            RetryClassifier.classify(AWSClientError.transport(service: "S3", operation: "GetObject", refused))
                == .transient)
        #expect(
            RetryClassifier.classify(AWSClientError.transport(service: "S3", operation: "GetObject", timedOut))
                == .timeout)
        #expect(RetryClassifier.classify(AWSClientError.transport(service: "S3", operation: "GetObject", tls)) == nil)
        #expect(RetryClassifier.classify(CancellationError()) == nil)
    }
}
