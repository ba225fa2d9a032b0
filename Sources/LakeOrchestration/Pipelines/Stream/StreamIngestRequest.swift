import AWSServices

/// What `lakectl ingest stream` was asked to do, checked before the first call.
package struct StreamIngestRequest: Sendable, Equatable {
    package var stream: String
    /// Calls kept in flight at once.
    package var concurrency: Int
    package var maxBatchRecords: Int
    /// Lines 1...skipLines are not sent (resuming after Ctrl-C).
    package var skipLines: Int
    /// Attempts per batch: the first send plus resends of failed records or of the whole call.
    package var maxAttempts: Int

    package init(
        stream: String, concurrency: Int = 4, maxBatchRecords: Int = FirehoseClient.maxBatchRecords, skipLines: Int = 0,
        maxAttempts: Int = 10
    ) {
        self.stream = stream
        self.concurrency = concurrency
        self.maxBatchRecords = maxBatchRecords
        self.skipLines = skipLines
        self.maxAttempts = maxAttempts
    }

    /// Refuses values Firehose or common sense would reject, before anything is read or sent.
    package func validate() throws {
        guard !stream.isEmpty else { throw StreamIngestError.invalidOption("the stream name is empty") }
        guard (1...64).contains(concurrency) else {
            throw StreamIngestError.invalidOption("--concurrency must be 1 to 64, not \(concurrency)")
        }
        guard (1...FirehoseClient.maxBatchRecords).contains(maxBatchRecords) else {
            throw StreamIngestError.invalidOption(
                "--max-batch-records must be 1 to \(FirehoseClient.maxBatchRecords) (Firehose's limit), not \(maxBatchRecords)"
            )
        }
        guard skipLines >= 0 else { throw StreamIngestError.invalidOption("--skip-lines must not be negative") }
        guard maxAttempts >= 1 else { throw StreamIngestError.invalidOption("at least one attempt is needed") }
    }
}
