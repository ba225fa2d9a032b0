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

    /// A reply curl cannot parse after a reset left garbage on a connection (error 1, "Received HTTP/0.9
    /// when not allowed"), curl's failed internal re-send after a reset (65), a weird reply (8), an empty
    /// reply (52), a cut-off body (18) and a reset (56) all leave the request safe to send again.
    @Test(arguments: [1, 8, 16, 18, 52, 55, 56, 65, 92])
    func everyFailureOfTheExchangeIsTransient(code: Int) {
        let failure = HTTPTransportError.curl(
            code: code, kind: code == 1 || code == 8 || code == 65 ? .other : .sendOrReceive,
            message: "Received HTTP/0.9 when not allowed", url: "http://x")
        #expect(
            RetryClassifier.classify(AWSClientError.transport(service: "KMS", operation: "ListKeys", failure))
                == .transient)
    }

    @Test(arguments: [
        HTTPTransportError.curl(code: 3, kind: .other, message: "URL using bad/illegal format", url: "x"),
        .curl(code: 26, kind: .other, message: "read function returned funny value", url: "http://x"),
        .curl(code: 42, kind: .other, message: "Callback aborted", url: "http://x"),
        .curl(code: 60, kind: .tls, message: "SSL certificate problem", url: "https://x"),
        .file(path: "/tmp/x", reason: "cannot open it for reading"),
        .setup("out of memory"),
    ])
    func failuresARetryCannotFixAreNotRetried(failure: HTTPTransportError) {
        #expect(RetryClassifier.classify(failure) == nil)
    }

    @Test func aBrokenTLSHandshakeIsRetriedButABadCertificateIsNot() {
        let handshake = HTTPTransportError.curl(code: 35, kind: .tls, message: "SSL_connect: reset", url: "https://x")
        #expect(RetryClassifier.classify(handshake) == .transient)
    }
}
