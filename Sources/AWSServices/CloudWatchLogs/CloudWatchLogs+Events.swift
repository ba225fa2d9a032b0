import AWSCore

extension CloudWatchLogsClient {
    /// One page of a stream's events, oldest first, and the token for the next (API_GetLogEvents). Reading
    /// forward, the same token coming back means "no newer events yet": a follower keeps it and asks again.
    package func getLogEvents(
        group: String, stream: String, nextToken: String? = nil, limit: Int? = nil
    ) async throws -> (events: [CloudWatchLogEvent], nextForwardToken: String?) {
        struct Input: Encodable, Sendable {
            var logGroupName: String
            var logStreamName: String
            var startFromHead: Bool
            var nextToken: String?
            var limit: Int?
        }
        struct Output: Decodable { var events: [CloudWatchLogEvent]?; var nextForwardToken: String? }
        let output = try await call(
            "GetLogEvents",
            Input(logGroupName: group, logStreamName: stream, startFromHead: true, nextToken: nextToken, limit: limit),
            output: Output.self)
        return (output.events ?? [], output.nextForwardToken)
    }

    /// One page of events across streams matching a filter pattern (API_FilterLogEvents).
    package func filterLogEvents(
        group: String, streams: [String]? = nil, pattern: String? = nil, nextToken: String? = nil
    ) async throws -> Page<CloudWatchLogEvent> {
        struct Input: Encodable, Sendable {
            var logGroupName: String
            var logStreamNames: [String]?
            var filterPattern: String?
            var nextToken: String?
        }
        struct Output: Decodable { var events: [CloudWatchLogEvent]?; var nextToken: String? }
        let output = try await call(
            "FilterLogEvents",
            Input(logGroupName: group, logStreamNames: streams, filterPattern: pattern, nextToken: nextToken),
            output: Output.self)
        return Page(items: output.events ?? [], nextToken: output.nextToken)
    }
}
