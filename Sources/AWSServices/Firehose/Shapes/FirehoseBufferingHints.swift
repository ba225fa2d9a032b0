/// When Firehose writes a buffer to S3: after `sizeInMBs` (1–128) or `intervalInSeconds` (0–900),
/// whichever comes first. Both must be set together (API_BufferingHints).
package struct FirehoseBufferingHints: Codable, Sendable, Equatable {
    package var sizeInMBs: Int
    package var intervalInSeconds: Int

    package init(sizeInMBs: Int, intervalInSeconds: Int) {
        self.sizeInMBs = sizeInMBs
        self.intervalInSeconds = intervalInSeconds
    }

    enum CodingKeys: String, CodingKey {
        case sizeInMBs = "SizeInMBs", intervalInSeconds = "IntervalInSeconds"
    }
}
