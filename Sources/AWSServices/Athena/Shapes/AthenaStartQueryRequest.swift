import Foundation

/// The input of StartQueryExecution (API_StartQueryExecution).
package struct AthenaStartQueryRequest: Encodable, Sendable, Equatable {
    package var queryString: String
    /// Required by Athena from callers that are not AWS SDKs; the same token answers the same id.
    package var clientRequestToken: String
    package var database: String?
    package var outputLocation: String?
    package var workGroup: String?
    /// Values for the query's `?` placeholders, in order, as SQL literals (`'paid'`, `42`).
    package var executionParameters: [String]?
    /// Answer with a previous identical query's result when it is at most this many minutes old
    /// (ResultReuseByAgeConfiguration); nil runs the query afresh.
    package var resultReuseMaxAgeMinutes: Int?

    package init(
        queryString: String, clientRequestToken: String = UUID().uuidString, database: String? = nil,
        outputLocation: String? = nil, workGroup: String? = nil, executionParameters: [String]? = nil,
        resultReuseMaxAgeMinutes: Int? = nil
    ) {
        self.queryString = queryString
        self.clientRequestToken = clientRequestToken
        self.database = database
        self.outputLocation = outputLocation
        self.workGroup = workGroup
        self.executionParameters = executionParameters
        self.resultReuseMaxAgeMinutes = resultReuseMaxAgeMinutes
    }

    private struct Context: Encodable { var Database: String }
    private struct ResultConfiguration: Encodable { var OutputLocation: String }
    private struct ReuseByAge: Encodable { var Enabled: Bool; var MaxAgeInMinutes: Int }
    private struct ResultReuseConfiguration: Encodable { var ResultReuseByAgeConfiguration: ReuseByAge }

    enum CodingKeys: String, CodingKey {
        case queryString = "QueryString", clientRequestToken = "ClientRequestToken"
        case context = "QueryExecutionContext", resultConfiguration = "ResultConfiguration"
        case workGroup = "WorkGroup", executionParameters = "ExecutionParameters"
        case resultReuse = "ResultReuseConfiguration"
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(queryString, forKey: .queryString)
        try container.encode(clientRequestToken, forKey: .clientRequestToken)
        try container.encodeIfPresent(database.map { Context(Database: $0) }, forKey: .context)
        try container.encodeIfPresent(
            outputLocation.map { ResultConfiguration(OutputLocation: $0) }, forKey: .resultConfiguration)
        try container.encodeIfPresent(workGroup, forKey: .workGroup)
        if let executionParameters, !executionParameters.isEmpty {
            try container.encode(executionParameters, forKey: .executionParameters)
        }
        if let minutes = resultReuseMaxAgeMinutes {
            try container.encode(
                ResultReuseConfiguration(
                    ResultReuseByAgeConfiguration: ReuseByAge(Enabled: true, MaxAgeInMinutes: minutes)),
                forKey: .resultReuse)
        }
    }
}
