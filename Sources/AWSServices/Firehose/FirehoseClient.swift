import AWSCore

/// Amazon Data Firehose (https://docs.aws.amazon.com/firehose/latest/APIReference/): delivery streams that
/// buffer records and write them to S3. An awsJson1.1 service (`X-Amz-Target: Firehose_20150804.<Op>`);
/// record bytes travel base64-encoded; timestamps arrive as epoch seconds.
package struct FirehoseClient: Sendable {
    package static let service = ServiceConfig(
        serviceId: "Firehose", signingName: "firehose", wireProtocol: .json(version: "1.1"), apiVersion: "2015-08-04",
        jsonTargetPrefix: "Firehose_20150804")

    /// PutRecordBatch limits (AWS-NOTES B4); AWS says they cannot be raised.
    package static let maxBatchRecords = 500
    /// 4 MiB of record bytes per PutRecordBatch call (before base64).
    package static let maxBatchBytes = 4 * 1024 * 1024
    /// 1,000 KiB per record (before base64).
    package static let maxRecordBytes = 1000 * 1024

    package let client: AWSClient

    package init(client: AWSClient) {
        self.client = client
    }

    /// Error codes callers compare with `AWSError.code`.
    package enum ErrorCode: String, Sendable, CaseIterable {
        case resourceNotFound = "ResourceNotFoundException"
        case resourceInUse = "ResourceInUseException"
        /// Also the per-record code of a record to resend (with `InternalFailure`).
        case serviceUnavailable = "ServiceUnavailableException"
        case invalidArgument = "InvalidArgumentException"
        case limitExceeded = "LimitExceededException"
        case concurrentModification = "ConcurrentModificationException"
    }

    func call<Input: Encodable & Sendable, Output: Decodable>(
        _ operation: String, _ input: Input, output: Output.Type = Output.self
    ) async throws -> Output {
        try await client.json(Self.service, operation: operation, input: input, output: output)
    }
}

/// The reply of operations that answer `{}`.
struct FirehoseEmptyReply: Decodable {}
