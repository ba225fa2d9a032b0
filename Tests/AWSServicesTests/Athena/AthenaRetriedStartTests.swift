import AWSCore
import Foundation
import LakeTestSupport
import Testing

@testable import AWSServices

/// A start whose reply is lost after Athena (the emulator) ran it is retried by the client with the same
/// ClientRequestToken, so the retry answers the first execution's id instead of running the query twice.
@Suite struct AthenaRetriedStartTests {
    /// Forwards to the emulator; the first StartQueryExecution's reply is dropped after the emulator answered
    /// it (as a connection reset after the request arrived would) and a 500 is returned instead.
    actor LosingFirstStartReply: HTTPTransport {
        let inner = CurlTransport()
        private(set) var startBodies: [HTTPBody] = []
        private(set) var lostReply: String?

        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            let response = try await inner.send(request)
            guard request.headers.value(for: "X-Amz-Target") == "AmazonAthena.StartQueryExecution" else {
                return response
            }
            startBodies.append(request.body)
            guard lostReply == nil else { return response }
            lostReply = String(decoding: response.body, as: UTF8.self)
            return HTTPResponse(
                status: 500, body: Array(#"{"__type":"InternalServerException","Message":"lost"}"#.utf8))
        }

        func send(_ request: HTTPRequest, writingBodyTo path: String) async throws -> HTTPResponse {
            try await send(request)
        }
    }

    @Test func retriedStartReusesItsTokenAndItsQuery() async throws {
        let emulator = try Emulator.current()
        let transport = LosingFirstStartReply()
        let client = AWSClient(
            region: emulator.region,
            credentialProvider: TestCredentials(emulator.accessKeyId, emulator.secretAccessKey),
            endpoint: emulator.endpoint, transport: transport,
            retryStrategy: StandardRetryStrategy(configuration: RetryConfiguration(maxAttempts: 3)),
            clock: ManualClock())
        let bucket = EmulatorClient.uniqueName("retried")
        try await S3Client(client: try EmulatorClient.make()).createBucket(bucket)
        let athena = AthenaClient(client: client)
        // Unique text, so the executions of tests running in parallel can be told apart.
        let sql = "SELECT '\(UUID().uuidString)' AS marker"

        let id = try await athena.startQueryExecution(
            AthenaStartQueryRequest(queryString: sql, outputLocation: "s3://\(bucket)/r/"))

        let bodies = await transport.startBodies
        #expect(bodies.count == 2)
        #expect(bodies.first == bodies.last)
        let lost = try #require(await transport.lostReply)
        #expect(lost.contains(id), "the retry must answer the id of the start whose reply was lost: \(lost)")
        let recent = try await athena.listQueryExecutions(maxResults: 50).items
        let ran = try await athena.batchGetQueryExecution(ids: recent).executions.filter { $0.query == sql }
        #expect(ran.map(\.queryExecutionId) == [id])
    }
}
