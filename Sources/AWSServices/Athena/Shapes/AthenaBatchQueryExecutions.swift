/// BatchGetQueryExecution's reply: the executions found and the ids Athena could not answer.
package struct AthenaBatchQueryExecutions: Decodable, Sendable, Equatable {
    package var executions: [AthenaQueryExecution]
    package var unprocessed: [Unprocessed]

    /// An id Athena did not answer, with its error code and message.
    package struct Unprocessed: Decodable, Sendable, Equatable {
        package var queryExecutionId: String?
        package var errorCode: String?
        package var errorMessage: String?

        enum CodingKeys: String, CodingKey {
            case queryExecutionId = "QueryExecutionId", errorCode = "ErrorCode", errorMessage = "ErrorMessage"
        }
    }

    enum CodingKeys: String, CodingKey {
        case executions = "QueryExecutions", unprocessed = "UnprocessedQueryExecutionIds"
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        executions = try c.decodeIfPresent([AthenaQueryExecution].self, forKey: .executions) ?? []
        unprocessed = try c.decodeIfPresent([Unprocessed].self, forKey: .unprocessed) ?? []
    }
}
