import AWSCore
import Foundation

extension FirehoseClient {
    /// Sends up to `maxBatchRecords` records in one call. The call can succeed while some records failed:
    /// the reply's entries line up with `records` and name the failed ones (AWS-NOTES B4), which the
    /// caller must resend — and only those.
    package func putRecordBatch(stream: String, records: [[UInt8]]) async throws -> FirehosePutRecordBatchResult {
        try await call(
            "PutRecordBatch", FirehosePutRecordBatchInput(stream: stream, records: records),
            output: FirehosePutRecordBatchResult.self)
    }

    /// Sends one record and answers its record id.
    package func putRecord(stream: String, record: [UInt8]) async throws -> String {
        struct Input: Encodable, Sendable { var DeliveryStreamName: String; var Record: FirehoseRecord }
        struct Output: Decodable { var RecordId: String }
        return try await call(
            "PutRecord", Input(DeliveryStreamName: stream, Record: FirehoseRecord(Data: Data(record))),
            output: Output.self
        ).RecordId
    }
}

/// One record on the wire: its bytes, base64 in the JSON body (Foundation's default for `Data`).
struct FirehoseRecord: Encodable, Sendable {
    var Data: Data
}

/// The PutRecordBatch body.
struct FirehosePutRecordBatchInput: Encodable, Sendable {
    var DeliveryStreamName: String
    var Records: [FirehoseRecord]

    init(stream: String, records: [[UInt8]]) {
        DeliveryStreamName = stream
        Records = records.map { FirehoseRecord(Data: Data($0)) }
    }
}
