import AWSServices

/// Reads a PutRecordBatch reply against the batch that was sent: which records must be sent again.
/// Entries line up with the request by position (AWS-NOTES B4), so a reply whose count differs cannot be
/// trusted to say which ones failed; the whole batch is then resent (duplicates are Firehose's
/// at-least-once contract, a lost record is not).
package enum BatchReply {
    /// The failed records, in their original order, each with the error code the reply gave it.
    package static func failed(_ sent: [StreamRecord], _ reply: FirehosePutRecordBatchResult) -> [(
        record: StreamRecord, code: String
    )] {
        guard reply.responses.count == sent.count else {
            return sent.map { ($0, "ResponseCountMismatch") }
        }
        if reply.failedPutCount == 0 && !reply.responses.contains(where: \.failed) { return [] }
        return zip(sent, reply.responses).compactMap { record, entry in
            entry.errorCode.map { (record, $0) }
        }
    }
}
