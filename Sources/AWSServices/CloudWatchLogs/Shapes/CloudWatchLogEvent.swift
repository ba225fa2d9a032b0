/// One log event (API_OutputLogEvent, API_FilteredLogEvent).
package struct CloudWatchLogEvent: Decodable, Sendable, Equatable {
    /// Epoch milliseconds.
    package var timestamp: Int64?
    package var message: String
    /// Set by FilterLogEvents, which searches several streams.
    package var logStreamName: String?

    package init(timestamp: Int64?, message: String, logStreamName: String? = nil) {
        self.timestamp = timestamp
        self.message = message
        self.logStreamName = logStreamName
    }
}
