/// PutRecordBatch's reply (API_PutRecordBatch): `failedPutCount` records failed, and `responses[i]` tells
/// request record `i` apart — a record id on success, an error code and message on failure.
package struct FirehosePutRecordBatchResult: Decodable, Sendable, Equatable {
    package struct Entry: Decodable, Sendable, Equatable {
        package var recordId: String?
        /// `ServiceUnavailableException` or `InternalFailure`; nil on success.
        package var errorCode: String?
        package var errorMessage: String?

        package init(recordId: String? = nil, errorCode: String? = nil, errorMessage: String? = nil) {
            self.recordId = recordId
            self.errorCode = errorCode
            self.errorMessage = errorMessage
        }

        package var failed: Bool { errorCode != nil }

        enum CodingKeys: String, CodingKey {
            case recordId = "RecordId", errorCode = "ErrorCode", errorMessage = "ErrorMessage"
        }
    }

    package var failedPutCount: Int
    package var encrypted: Bool?
    package var responses: [Entry]

    package init(failedPutCount: Int, encrypted: Bool? = nil, responses: [Entry]) {
        self.failedPutCount = failedPutCount
        self.encrypted = encrypted
        self.responses = responses
    }

    enum CodingKeys: String, CodingKey {
        case failedPutCount = "FailedPutCount", encrypted = "Encrypted", responses = "RequestResponses"
    }
}
