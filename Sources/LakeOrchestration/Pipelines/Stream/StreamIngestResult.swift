/// How an ingest ended: counts for the summary line, and every record that did not arrive, by line.
package struct StreamIngestResult: Sendable, Equatable {
    /// A record refused for good, named by its input line.
    package struct Rejected: Sendable, Equatable {
        package var line: Int
        package var reason: String

        package init(line: Int, reason: String) {
            self.line = line
            self.reason = reason
        }
    }

    /// Records Firehose accepted.
    package var records = 0
    /// Their bytes (newlines included).
    package var bytes = 0
    /// PutRecordBatch calls made, resends included (the client's own retries of one call are one call).
    package var calls = 0
    /// Records sent again because a reply marked them failed (or the whole call failed).
    package var resent = 0
    /// Records larger than Firehose's per-record limit: named and skipped, never sent.
    package var oversized: [Rejected] = []
    /// Records still failed after every attempt.
    package var failed: [Rejected] = []
    /// Set when Ctrl-C stopped the reading: the line to resume from (`--skip-lines resumeLine - 1`).
    package var resumeLine: Int?

    package init() {}

    package var interrupted: Bool { resumeLine != nil }
}
