import Foundation
import LakeTestSupport
import Logging
import Testing

@testable import AWSCore

/// The execute loop with a recorded-reply transport and a manual clock: retries, re-signing, errors.
@Suite struct AWSClientTests {
    static let sts = ServiceConfig(serviceId: "STS", signingName: "sts", wireProtocol: .query, apiVersion: "2011-06-15")
    static let glue = ServiceConfig(
        serviceId: "Glue", signingName: "glue", wireProtocol: .json(version: "1.1"), apiVersion: "2017-03-31",
        jsonTargetPrefix: "AWSGlue")

    private func client(
        _ transport: RecordedTransport, clock: ManualClock, attempts: Int = 3, jitter: Double = 0.5,
        credentials: (any CredentialProvider)? = StaticCredentials(token: "SESSION-TOKEN")
    ) -> AWSClient {
        AWSClient(
            region: "eu-west-1", credentialProvider: credentials, endpoint: nil, transport: transport,
            retryStrategy: StandardRetryStrategy(
                configuration: RetryConfiguration(maxAttempts: attempts), backoff: RetryBackoff(random: { jitter })),
            clock: clock)
    }

    @Test func queryCallIsSignedAndDecoded() async throws {
        let transport = RecordedTransport(responses: [.text(200, RecordedReplies.stsGetCallerIdentity)])
        let result = try await client(transport, clock: ManualClock()).query(Self.sts, action: "GetCallerIdentity")
        #expect(result.string("Account") == "123456789012")
        let sent = try #require(await transport.requests.first)
        #expect(sent.url == "https://sts.eu-west-1.amazonaws.com/")
        #expect(sent.method == "POST")
        #expect(sent.headers.value(for: "Host") == "sts.eu-west-1.amazonaws.com")
        #expect(sent.headers.value(for: "X-Amz-Security-Token") == "SESSION-TOKEN")
        let authorization = try #require(sent.headers.value(for: "Authorization"))
        #expect(authorization.hasPrefix("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261118/eu-west-1/sts/aws4_request"))
        #expect(sent.body == .bytes(Array("Action=GetCallerIdentity&Version=2011-06-15".utf8)))
    }

    @Test func aRegionWithCharactersNoRegionHasIsRefusedBeforeSigning() async throws {
        let transport = RecordedTransport(responses: [.text(200, RecordedReplies.stsGetCallerIdentity)])
        let client = AWSClient(
            region: "us-east-1/../x", credentialProvider: StaticCredentials(), endpoint: nil,
            transport: transport)
        let error = await #expect(throws: AWSClientError.self) {
            _ = try await client.query(Self.sts, action: "GetCallerIdentity")
        }
        guard case .invalidRequest(_, _, let reason) = error else {
            Issue.record("expected invalidRequest, got \(String(describing: error))")
            return
        }
        #expect(reason.contains("us-east-1/../x"))
        #expect(await transport.requests.isEmpty)
    }

    @Test func retriesThrottlingThenSucceedsReSigningWithAFreshDate() async throws {
        let throttle = HTTPResponse.text(400, #"{"__type":"ThrottlingException","message":"Rate exceeded"}"#)
        let transport = RecordedTransport(responses: [throttle, .text(503, ""), .text(200, #"{"DatabaseList":[]}"#)])
        let clock = ManualClock(start: Date(timeIntervalSince1970: 1_795_000_000.5))
        struct Output: Decodable {
            var databaseList: [String]
            enum CodingKeys: String, CodingKey { case databaseList = "DatabaseList" }
        }
        struct Input: Encodable {}
        let output = try await client(transport, clock: clock, jitter: 0.9).json(
            Self.glue, operation: "GetDatabases", input: Input(), output: Output.self)
        #expect(output.databaseList.isEmpty)
        #expect(clock.sleeps == [0.9, 1.8])
        let requests = await transport.requests
        #expect(requests.count == 3)
        let dates = requests.compactMap { $0.headers.value(for: "X-Amz-Date") }
        #expect(Set(dates).count == 3, "each attempt is signed at its own time: \(dates)")
        #expect(requests[0].headers.value(for: "X-Amz-Target") == "AWSGlue.GetDatabases")
        #expect(requests[0].headers.value(for: "Content-Type") == "application/x-amz-json-1.1")
    }

    @Test func adaptiveModeSlowsTheNextCallsAfterThrottling() async throws {
        let throttle = HTTPResponse.text(400, #"{"__type":"ThrottlingException"}"#)
        let ok = HTTPResponse.text(200, "{}")
        let transport = RecordedTransport(responses: [ok, ok, ok, throttle, ok, ok, ok, ok])
        let clock = ManualClock()
        let client = AWSClient(
            region: "eu-west-1", credentialProvider: StaticCredentials(), endpoint: nil, transport: transport,
            retryStrategy: StandardRetryStrategy(
                configuration: RetryConfiguration(mode: .adaptive), backoff: RetryBackoff(random: { 0 }),
                now: clock.now().timeIntervalSince1970),
            clock: clock)
        struct Empty: Codable {}
        for _ in 0..<3 {
            let _: Empty = try await client.json(Self.glue, operation: "GetTables", input: Empty())
        }
        #expect(clock.sleeps.isEmpty, "no limiting before the first throttle")
        for _ in 0..<4 {
            let _: Empty = try await client.json(Self.glue, operation: "GetTables", input: Empty())
        }
        #expect(clock.sleeps.contains { $0 > 0 }, "the rate limiter made later sends wait: \(clock.sleeps)")
    }

    @Test func nonRetryableErrorIsThrownAtOnce() async throws {
        let transport = RecordedTransport(responses: [.text(403, RecordedReplies.stsSignatureError)])
        let clock = ManualClock()
        let error = await #expect(throws: AWSError.self) {
            try await client(transport, clock: clock).query(Self.sts, action: "GetCallerIdentity")
        }
        #expect(error?.code == "SignatureDoesNotMatch")
        #expect(error?.service == "STS")
        #expect(error?.operation == "GetCallerIdentity")
        #expect(clock.sleeps.isEmpty)
    }

    @Test func lastErrorIsThrownWhenAttemptsRunOut() async throws {
        let transport = RecordedTransport([
            .failure(
                .curl(
                    code: 7, kind: .connect, message: "Failed to connect", url: "https://sts.eu-west-1.amazonaws.com/")),
            .response(.text(500, RecordedReplies.motoHTML500, headers: [HTTPHeader("Content-Type", "text/html")])),
        ])
        let error = await #expect(throws: AWSError.self) {
            try await client(transport, clock: ManualClock(), attempts: 2).query(
                Self.sts, action: "GetCallerIdentity")
        }
        #expect(error?.statusCode == 500)
        #expect(await transport.requests.count == 2)
    }

    @Test func transportFailureIsWrappedWithContext() async throws {
        let failure = HTTPTransportError.curl(
            code: 6, kind: .dns, message: "Could not resolve host", url: "https://sts.eu-west-1.amazonaws.com/")
        let transport = RecordedTransport([.failure(failure)])
        await #expect(throws: AWSClientError.transport(service: "STS", operation: "GetCallerIdentity", failure)) {
            try await client(transport, clock: ManualClock(), attempts: 1).query(
                Self.sts, action: "GetCallerIdentity")
        }
    }

    @Test func missingCredentialsAreReportedWithoutSending() async throws {
        let transport = RecordedTransport(responses: [])
        await #expect(
            throws: AWSClientError.noCredentials(service: "STS", operation: "GetCallerIdentity", tried: "static (test)")
        ) {
            try await client(transport, clock: ManualClock(), credentials: StaticCredentials(none: ())).query(
                Self.sts, action: "GetCallerIdentity")
        }
        #expect(await transport.requests.isEmpty)
    }

    @Test func unsignedCallsCarryNoAuthorization() async throws {
        let transport = RecordedTransport(responses: [.text(200, "<AssumeRoleWithWebIdentityResponse/>")])
        _ = try await client(transport, clock: ManualClock(), credentials: nil)
            .query(
                Self.sts, action: "AssumeRoleWithWebIdentity", parameters: [("WebIdentityToken", "t")], signed: false)
        let sent = try #require(await transport.requests.first)
        #expect(sent.headers.value(for: "Authorization") == nil)
    }

    @Test func customEndpointKeepsPortAndBasePath() async throws {
        let transport = RecordedTransport(responses: [.text(200, "")])
        let client = AWSClient(
            region: "us-east-1", credentialProvider: StaticCredentials(), endpoint: "http://127.0.0.1:5000/",
            transport: transport,
            clock: ManualClock())
        let s3 = ServiceConfig(
            serviceId: "S3", signingName: "s3", wireProtocol: .restXML, apiVersion: "2006-03-01", isS3: true)
        #expect(client.usesPathStyle(for: s3))
        _ = try await client.restXML(
            s3, operation: "ListObjectsV2", method: "GET", path: "/bucket",
            query: [("list-type", "2"), ("prefix", "a b/")])
        let sent = try #require(await transport.requests.first)
        #expect(sent.url == "http://127.0.0.1:5000/bucket?list-type=2&prefix=a%20b%2F")
        #expect(sent.headers.value(for: "Host") == "127.0.0.1:5000")
        #expect(
            sent.headers.value(for: "x-amz-content-sha256")
                == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func restXMLReturnsDataBodiesUnparsedWhenAsked() async throws {
        let transport = RecordedTransport(responses: [
            .text(200, "<not-closed>", headers: [HTTPHeader("Content-Type", "application/xml")])
        ])
        let s3 = ServiceConfig(
            serviceId: "S3", signingName: "s3", wireProtocol: .restXML, apiVersion: "2006-03-01", isS3: true)
        let reply = try await client(transport, clock: ManualClock()).restXML(
            s3, operation: "GetObject", method: "GET", path: "/b/k.xml", parsesBody: false)
        #expect(reply.document == nil)
        #expect(reply.response.body == Array("<not-closed>".utf8))
    }

    @Test func decodeFailureNamesTheMissingField() async throws {
        let transport = RecordedTransport(responses: [.text(200, #"{"Other":1}"#)])
        struct Output: Decodable {
            var table: String
            enum CodingKeys: String, CodingKey { case table = "Table" }
        }
        struct Input: Encodable {}
        await #expect(
            throws: AWSClientError.invalidResponse(
                service: "Glue", operation: "GetTable", reason: "missing key Table at the top level")
        ) {
            _ = try await client(transport, clock: ManualClock()).json(
                Self.glue, operation: "GetTable", input: Input(), output: Output.self)
        }
    }
}

/// Verbose logs: useful facts in, secrets out.
@Suite struct AWSClientLoggingTests {
    @Test func traceLogsNeverContainSecrets() async throws {
        let sink = CapturedLogs()
        var logger = Logger(label: "test") { _ in CapturingLogHandler(sink: sink) }
        logger.logLevel = .trace
        let transport = RecordedTransport(responses: [
            .text(503, "", headers: [HTTPHeader("x-amzn-RequestId", "req-1")]),
            .text(200, RecordedReplies.stsGetCallerIdentity, headers: [HTTPHeader("x-amzn-RequestId", "req-2")]),
        ])
        let client = AWSClient(
            region: "us-east-1",
            credentialProvider: StaticCredentials(secret: "SECRET-KEY-VALUE", token: "SESSION-TOKEN-VALUE"),
            endpoint: nil, transport: transport,
            retryStrategy: StandardRetryStrategy(backoff: RetryBackoff(random: { 0 })),
            clock: ManualClock(), logger: logger)
        _ = try await client.query(AWSClientTests.sts, action: "GetCallerIdentity")
        let text = sink.text
        let signature = try #require(
            await transport.requests.first?.headers.value(for: "Authorization")?.components(separatedBy: "Signature=")
                .last)
        #expect(text.contains("POST https://sts.us-east-1.amazonaws.com/"))
        #expect(text.contains("← 503"))
        #expect(text.contains("req-2"))
        #expect(text.contains("attempt: 2") || text.contains("attempt=2") || text.contains("\"attempt\": 2"), "\(text)")
        #expect(!text.contains("SECRET-KEY-VALUE"))
        #expect(!text.contains("SESSION-TOKEN-VALUE"))
        #expect(!text.contains(signature))
        #expect(text.contains("Authorization: <redacted>"))
    }
}
