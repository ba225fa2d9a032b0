import AWSSigV4
import Foundation
import Logging

/// Sends AWS operations: encode → for each attempt the retry strategy allows: credentials → SigV4 (fresh
/// date every attempt) → transport → 2xx, or decode the error, classify, wait and retry, or throw.
///
/// One client serves every service in a process, so connection reuse, the retry quota and the adaptive
/// rate limiter are shared. Services hold a client and a `ServiceConfig` and call the typed entry points
/// in `AWSClient+Protocols.swift`.
package final class AWSClient: Sendable {
    package let region: String
    package let credentialProvider: (any CredentialProvider)?
    package let transport: any HTTPTransport
    package let retryStrategy: any RetryStrategy
    package let clock: any AWSClock
    package let logger: Logger
    /// A configured endpoint URL for a service, or nil for AWS's default (Config/ resolves the
    /// `--endpoint-url` / `AWS_ENDPOINT_URL[_SERVICE]` / profile rules into this).
    private let endpointOverride: @Sendable (ServiceConfig) -> String?

    package init(
        region: String, credentialProvider: (any CredentialProvider)?,
        endpointOverride: @escaping @Sendable (ServiceConfig) -> String? = { _ in nil },
        transport: any HTTPTransport = CurlTransport(), retryStrategy: (any RetryStrategy)? = nil,
        clock: any AWSClock = SystemClock(), logger: Logger = Logger(label: "lakectl.aws")
    ) {
        self.region = region
        self.credentialProvider = credentialProvider
        self.endpointOverride = endpointOverride
        self.transport = transport
        self.retryStrategy = retryStrategy ?? StandardRetryStrategy(now: clock.now().timeIntervalSince1970)
        self.clock = clock
        self.logger = logger
    }

    /// Same, with one endpoint URL for every service (tests against the emulator).
    package convenience init(
        region: String, credentialProvider: (any CredentialProvider)?, endpoint: String?,
        transport: any HTTPTransport = CurlTransport(), retryStrategy: (any RetryStrategy)? = nil,
        clock: any AWSClock = SystemClock(), logger: Logger = Logger(label: "lakectl.aws")
    ) {
        self.init(
            region: region, credentialProvider: credentialProvider, endpointOverride: { _ in endpoint },
            transport: transport, retryStrategy: retryStrategy, clock: clock, logger: logger)
    }

    package func endpoint(for service: ServiceConfig) -> ServiceEndpoint {
        DefaultEndpoint.resolve(service, region: region, override: endpointOverride(service))
    }

    /// S3 requests use path-style (`/bucket/key`) on custom endpoints, where `bucket.host` names
    /// nothing; virtual-hosted style on AWS.
    package func usesPathStyle(for service: ServiceConfig) -> Bool {
        endpoint(for: service).isCustom
    }

    /// Sends one operation with retries and returns the 2xx response. Throws `AWSError` for service
    /// errors, `AWSClientError` for client-side failures, `CancellationError` when the task is cancelled.
    /// With `writingBodyTo`, a successful reply's body is streamed to that file.
    package func send(
        _ request: AWSRequest, service: ServiceConfig, writingBodyTo path: String? = nil
    ) async throws -> HTTPResponse {
        let endpoint = endpoint(for: service)
        // Whatever built this client, a region with characters no region has never reaches a host name
        // or a signature (the config layer also refuses unknown names before any request).
        guard AWSRegions.isWellFormed(endpoint.signingRegion) else {
            throw AWSClientError.invalidRequest(
                service: service.serviceId, operation: request.operation,
                reason: "region '\(endpoint.signingRegion)' is not a region name (letters, digits and hyphens only)")
        }
        guard let target = RequestTarget(endpoint: endpoint.url, request: request) else {
            throw AWSClientError.invalidRequest(
                service: service.serviceId, operation: request.operation,
                reason: "endpoint URL \(endpoint.url) is not an absolute http(s) URL")
        }
        var token = RetryToken()
        while true {
            try Task.checkCancellation()
            let wait = await retryStrategy.delayBeforeAttempt(token, now: clock.now().timeIntervalSince1970)
            if wait > 0 { try await clock.sleep(seconds: wait) }
            let http = try await signedRequest(
                request, target: target, service: service, signingRegion: endpoint.signingRegion)
            let error: any Error
            let started = Date()
            logger.debug(
                "→ \(http.method) \(LogRedaction.url(http.url))",
                metadata: [
                    "service": "\(service.serviceId)", "operation": "\(request.operation)",
                    "attempt": "\(token.attempt)",
                ])
            logger.trace("request headers:\n\(LogRedaction.headerText(http.headers))")
            do {
                let response: HTTPResponse
                if let path {
                    response = try await transport.send(http, writingBodyTo: path)
                } else {
                    response = try await transport.send(http)
                }
                logResponse(response, request: request, service: service, attempt: token.attempt, started: started)
                if (200..<300).contains(response.status) {
                    await retryStrategy.recordSuccess(token, now: clock.now().timeIntervalSince1970)
                    return response
                }
                error = AWSErrorDecoder.decode(
                    response, service: service.serviceId, operation: request.operation, protocol: service.wireProtocol)
            } catch let transportError as HTTPTransportError {
                error = AWSClientError.transport(
                    service: service.serviceId, operation: request.operation, transportError)
            }
            guard
                let delay = await retryStrategy.delayBeforeRetry(
                    &token, after: error, now: clock.now().timeIntervalSince1970)
            else {
                throw error
            }
            logger.debug(
                "retrying after \(error) in \(String(format: "%.3f", delay)) s",
                metadata: [
                    "service": "\(service.serviceId)", "operation": "\(request.operation)",
                    "next attempt": "\(token.attempt)",
                ])
            try await clock.sleep(seconds: delay)
        }
    }

    /// Builds and signs one attempt: credentials are fetched each time (the provider caches and
    /// refreshes them) and the date is fresh, so a retry after a long wait is not rejected as stale.
    private func signedRequest(
        _ request: AWSRequest, target: RequestTarget, service: ServiceConfig, signingRegion: String
    ) async throws -> HTTPRequest {
        var headers = [HTTPHeader("Host", target.hostHeader), HTTPHeader("User-Agent", AWSClient.userAgent)]
        headers += request.headers
        if request.signed {
            guard let provider = credentialProvider, let credentials = try await provider.credentials() else {
                throw AWSClientError.noCredentials(
                    service: service.serviceId, operation: request.operation,
                    tried: credentialProvider?.name ?? "no credential provider configured")
            }
            let signer = SigV4Signer(
                credentials: SigningCredentials(
                    accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey,
                    sessionToken: credentials.sessionToken),
                region: signingRegion, service: service.signingName, options: service.isS3 ? .s3 : SigV4Options())
            let signable = SignableRequest(
                method: request.method, path: target.path, query: target.query,
                headers: headers.map { SignableHeader($0.name, $0.value) })
            let signed = signer.sign(
                signable, payload: Self.payloadSigning(request.body, secure: target.url.hasPrefix("https:")),
                date: clock.now())
            headers = signed.request.headers.map { HTTPHeader($0.name, $0.value) }
        }
        return HTTPRequest(
            method: request.method, url: target.url, headers: headers, body: request.body,
            timeoutSeconds: request.timeoutSeconds)
    }

    /// Bodies in memory are hashed into the signature. A file is sent as UNSIGNED-PAYLOAD over HTTPS
    /// (TLS protects it; S3 accepts this, as botocore does) and hashed over plain HTTP, where botocore
    /// — and so moto's signature check — signs the payload. The file is memory-mapped, not read into
    /// memory; if it cannot be mapped the transport reports the file error when it opens it.
    static func payloadSigning(_ body: HTTPBody, secure: Bool) -> PayloadSigning {
        switch body {
        case .empty: return .emptyBody
        case .bytes(let bytes): return .hashing(bytes)
        case .file(let path, _):
            guard !secure, let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else {
                return .unsigned
            }
            return .hashing(data)
        }
    }

    private func logResponse(
        _ response: HTTPResponse, request: AWSRequest, service: ServiceConfig, attempt: Int, started: Date
    ) {
        let milliseconds = Int((Date().timeIntervalSince(started) * 1000).rounded())
        let requestId = AWSErrorDecoder.requestId(in: response.headers) ?? "-"
        logger.debug(
            "← \(response.status) in \(milliseconds) ms",
            metadata: [
                "service": "\(service.serviceId)", "operation": "\(request.operation)", "attempt": "\(attempt)",
                "request-id": "\(requestId)",
            ])
        logger.trace("response headers:\n\(LogRedaction.headerText(response.headers))")
    }

    static let userAgent = "lakectl/0.1"
}
