import AWSCore

/// AWS Glue Data Catalog (https://docs.aws.amazon.com/glue/latest/webapi/): the databases, tables and
/// partitions Athena and Lake Formation read. An awsJson1.1 service (`X-Amz-Target: AWSGlue.<Op>`);
/// timestamps arrive as epoch seconds.
package struct GlueClient: Sendable {
    package static let service = ServiceConfig(
        serviceId: "Glue", signingName: "glue", wireProtocol: .json(version: "1.1"), apiVersion: "2017-03-31",
        jsonTargetPrefix: "AWSGlue")

    package let client: AWSClient

    package init(client: AWSClient) {
        self.client = client
    }

    /// Error codes callers compare with `AWSError.code`.
    /// The Glue error codes callers branch on, checked with `AWSError.hasCode(_:)`.
    package enum ErrorCode: String, Sendable, CaseIterable {
        /// A database, table or partition that does not exist.
        case entityNotFound = "EntityNotFoundException"
        case alreadyExists = "AlreadyExistsException"
        /// StartCrawler while a crawl runs, UpdateCrawler on a running crawler.
        case crawlerRunning = "CrawlerRunningException"
        /// StopCrawler when no crawl runs (it may just have finished).
        case crawlerNotRunning = "CrawlerNotRunningException"
        /// StartJobRun beyond the job's MaxConcurrentRuns.
        case concurrentRunsExceeded = "ConcurrentRunsExceededException"
    }

    /// Sends one operation. `catalogId` (the account id) is left out everywhere: the caller's account is
    /// the catalog lakectl manages.
    func call<Input: Encodable & Sendable, Output: Decodable>(
        _ operation: String, _ input: Input, output: Output.Type = Output.self
    ) async throws -> Output {
        try await client.json(Self.service, operation: operation, input: input, output: output)
    }
}

/// The reply of operations that answer `{}`.
struct GlueEmptyReply: Decodable {}
