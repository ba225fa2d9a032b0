/// Why a crawl could not be run or did not succeed; each message says what to do next.
package enum CrawlError: Error, Sendable, Equatable, CustomStringConvertible {
    case notFound(crawler: String)
    /// The crawl ended FAILED (or CANCELLED), with Glue's ErrorMessage.
    case failed(crawler: String, status: String, message: String)
    /// The crawler stayed busy for every poll.
    case timedOut(crawler: String, state: String)
    /// `crawl diff` of a crawler with no S3 target (JDBC, DynamoDB or catalog targets only).
    case noS3Targets(crawler: String)

    package var description: String {
        switch self {
        case .notFound(let crawler):
            return "no crawler named \(crawler) in this account and region; create it with "
                + "lakectl crawl run \(crawler) --create --database D --path s3://bucket/prefix"
        case .failed(let crawler, let status, let message):
            return "crawler \(crawler) finished \(status): \(message)"
        case .timedOut(let crawler, let state):
            return "crawler \(crawler) is still \(state); check it later with lakectl crawl status \(crawler)"
        case .noS3Targets(let crawler):
            return "crawler \(crawler) has no S3 target; crawl diff reads only S3 paths"
        }
    }
}
