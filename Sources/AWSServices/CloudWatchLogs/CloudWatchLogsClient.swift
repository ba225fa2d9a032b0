import AWSCore

/// Amazon CloudWatch Logs (https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/): where
/// Glue jobs write their output and error logs. An awsJson1.1 service (`X-Amz-Target: Logs_20140328.<Op>`);
/// event timestamps are epoch milliseconds.
package struct CloudWatchLogsClient: Sendable {
    package static let service = ServiceConfig(
        serviceId: "CloudWatch Logs", signingName: "logs", wireProtocol: .json(version: "1.1"),
        apiVersion: "2014-03-28", jsonTargetPrefix: "Logs_20140328")

    package let client: AWSClient

    package init(client: AWSClient) {
        self.client = client
    }

    /// The error codes callers branch on, checked with `AWSError.hasCode(_:)`.
    package enum ErrorCode: String, Sendable, CaseIterable {
        /// An unknown log group or stream (a job run that has not logged yet).
        case resourceNotFound = "ResourceNotFoundException"
        /// CreateLogGroup / CreateLogStream for a name that exists: nothing to do.
        case resourceAlreadyExists = "ResourceAlreadyExistsException"
    }

    func call<Input: Encodable & Sendable, Output: Decodable>(
        _ operation: String, _ input: Input, output: Output.Type = Output.self
    ) async throws -> Output {
        try await client.json(Self.service, operation: operation, input: input, output: output)
    }
}
