import AWSCore

/// Amazon Athena (https://docs.aws.amazon.com/athena/latest/APIReference/): runs SQL over the Glue catalog's
/// tables and leaves the result in S3. An awsJson1.1 service (`X-Amz-Target: AmazonAthena.<Op>`);
/// timestamps arrive as epoch seconds.
package struct AthenaClient: Sendable {
    package static let service = ServiceConfig(
        serviceId: "Athena", signingName: "athena", wireProtocol: .json(version: "1.1"), apiVersion: "2017-05-18",
        jsonTargetPrefix: "AmazonAthena")

    /// GetQueryResults answers at most this many rows per call (header row included).
    package static let maxResultsPerPage = 1000
    /// BatchGetQueryExecution takes at most this many ids.
    package static let maxBatchIds = 50

    package let client: AWSClient

    package init(client: AWSClient) {
        self.client = client
    }

    /// Error codes callers compare with `AWSError.code`.
    package enum ErrorCode {
        /// Bad input, and also an unknown query id or results asked of an unfinished query.
        package static let invalidRequest = "InvalidRequestException"
        package static let tooManyRequests = "TooManyRequestsException"
    }

    func call<Input: Encodable & Sendable, Output: Decodable>(
        _ operation: String, _ input: Input, output: Output.Type = Output.self
    ) async throws -> Output {
        try await client.json(Self.service, operation: operation, input: input, output: output)
    }
}

/// The reply of operations that answer `{}`.
struct AthenaEmptyReply: Decodable {}
