/// Where Firehose logs delivery errors (API_CloudWatchLoggingOptions): a log group and stream it writes to
/// with the delivery role. Disabled unless asked for.
package struct FirehoseCloudWatchLogging: Codable, Sendable, Equatable {
    package var enabled: Bool
    package var logGroupName: String?
    package var logStreamName: String?

    package init(enabled: Bool, logGroupName: String? = nil, logStreamName: String? = nil) {
        self.enabled = enabled
        self.logGroupName = logGroupName
        self.logStreamName = logStreamName
    }

    enum CodingKeys: String, CodingKey {
        case enabled = "Enabled", logGroupName = "LogGroupName", logStreamName = "LogStreamName"
    }
}
