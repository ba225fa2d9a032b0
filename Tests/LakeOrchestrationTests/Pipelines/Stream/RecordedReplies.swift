import AWSServices
import Foundation

/// PutRecordBatch replies in the wire format AWS answers (API_PutRecordBatch, response syntax: `Encrypted`,
/// `FailedPutCount`, `RequestResponses` with `RecordId` or `ErrorCode` + `ErrorMessage`), decoded the way the
/// client decodes them. Moto never fails a record (EMULATOR.md), so partial failures are tested with these.
enum RecordedReplies {
    /// A reply to a 5-record call where records 2 and 4 (0-based 1 and 3) failed.
    static let partialFailure = """
        {"Encrypted":false,"FailedPutCount":2,"RequestResponses":[\
        {"RecordId":"49543463076548007577105092703039560359975228518395012686"},\
        {"ErrorCode":"ServiceUnavailableException","ErrorMessage":"Slow down."},\
        {"RecordId":"49543463076570308322303623326179887152428262250726293522"},\
        {"ErrorCode":"InternalFailure","ErrorMessage":"Internal service failure."},\
        {"RecordId":"49543463076570308322303623326179887152428262250726293588"}]}
        """

    static func decode(_ json: String) throws -> FirehosePutRecordBatchResult {
        try JSONDecoder().decode(FirehosePutRecordBatchResult.self, from: Data(json.utf8))
    }

    /// A reply in the same format for `count` records, failing the positions in `failing` with
    /// ServiceUnavailableException.
    static func reply(count: Int, failing: Set<Int>) throws -> FirehosePutRecordBatchResult {
        let entries = (0..<count).map { index in
            failing.contains(index)
                ? #"{"ErrorCode":"ServiceUnavailableException","ErrorMessage":"Slow down."}"#
                : #"{"RecordId":"4954346307654800757710509270303956035997522851839\#(index)"}"#
        }
        return try decode(
            #"{"Encrypted":false,"FailedPutCount":\#(failing.count),"RequestResponses":[\#(entries.joined(separator: ","))]}"#
        )
    }
}
