import AWSServices

/// Packs records into PutRecordBatch calls in input order: at most `maxRecords` records and `maxBytes`
/// bytes per call (AWS-NOTES B4: 500 records, 4 MiB). A record above `maxRecordBytes` (1,000 KiB) is
/// refused here — Firehose would reject the whole call — so the caller can name its line and skip it.
/// Pure and synchronous, so the limits are unit tested without a service.
package struct BatchPacker: Sendable {
    package enum Added: Sendable, Equatable {
        /// The record is in the open batch.
        case packed
        /// The open batch was full; here it is, and the record starts the next one.
        case full(RecordBatch)
        /// The record is too large to ever send.
        case oversized(line: Int, bytes: Int)
    }

    package let maxRecords: Int
    package let maxBytes: Int
    package let maxRecordBytes: Int
    private var open = RecordBatch()

    package init(
        maxRecords: Int = FirehoseClient.maxBatchRecords, maxBytes: Int = FirehoseClient.maxBatchBytes,
        maxRecordBytes: Int = FirehoseClient.maxRecordBytes
    ) {
        self.maxRecords = max(1, min(maxRecords, FirehoseClient.maxBatchRecords))
        self.maxBytes = max(1, min(maxBytes, FirehoseClient.maxBatchBytes))
        self.maxRecordBytes = max(1, min(maxRecordBytes, FirehoseClient.maxRecordBytes, self.maxBytes))
    }

    package mutating func add(_ record: StreamRecord) -> Added {
        let size = record.bytes.count
        guard size <= maxRecordBytes else { return .oversized(line: record.line, bytes: size) }
        if !open.isEmpty && (open.records.count == maxRecords || open.bytes + size > maxBytes) {
            let full = open
            open = RecordBatch(records: [record])
            return .full(full)
        }
        open.records.append(record)
        open.bytes += size
        return .packed
    }

    /// The open batch, if it holds anything; the packer is empty afterwards.
    package mutating func flush() -> RecordBatch? {
        guard !open.isEmpty else { return nil }
        defer { open = RecordBatch() }
        return open
    }

    /// The first line of the records not yet handed out (nil when none are held).
    package var pendingFirstLine: Int? { open.firstLine }
}
