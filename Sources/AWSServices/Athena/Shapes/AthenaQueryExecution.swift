import Foundation

/// One query execution as GetQueryExecution and BatchGetQueryExecution return it (API_QueryExecution).
package struct AthenaQueryExecution: Decodable, Sendable, Equatable {
    package var queryExecutionId: String
    package var query: String?
    /// DDL, DML or UTILITY; DDL is not billed.
    package var statementType: String?
    package var outputLocation: String?
    package var database: String?
    package var workGroup: String?
    package var status: AthenaQueryStatus
    package var statistics: AthenaQueryStatistics?
    package var executionParameters: [String]?

    package init(
        queryExecutionId: String, query: String? = nil, statementType: String? = nil, outputLocation: String? = nil,
        database: String? = nil, workGroup: String? = nil, status: AthenaQueryStatus,
        statistics: AthenaQueryStatistics? = nil, executionParameters: [String]? = nil
    ) {
        self.queryExecutionId = queryExecutionId
        self.query = query
        self.statementType = statementType
        self.outputLocation = outputLocation
        self.database = database
        self.workGroup = workGroup
        self.status = status
        self.statistics = statistics
        self.executionParameters = executionParameters
    }

    private struct Context: Decodable { var Database: String? }
    private struct ResultConfiguration: Decodable { var OutputLocation: String? }

    enum CodingKeys: String, CodingKey {
        case queryExecutionId = "QueryExecutionId", query = "Query", statementType = "StatementType"
        case resultConfiguration = "ResultConfiguration", context = "QueryExecutionContext"
        case workGroup = "WorkGroup", status = "Status", statistics = "Statistics"
        case executionParameters = "ExecutionParameters"
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        queryExecutionId = try c.decode(String.self, forKey: .queryExecutionId)
        query = try c.decodeIfPresent(String.self, forKey: .query)
        statementType = try c.decodeIfPresent(String.self, forKey: .statementType)
        outputLocation = try c.decodeIfPresent(ResultConfiguration.self, forKey: .resultConfiguration)?.OutputLocation
        database = try c.decodeIfPresent(Context.self, forKey: .context)?.Database
        workGroup = try c.decodeIfPresent(String.self, forKey: .workGroup)
        status = try c.decode(AthenaQueryStatus.self, forKey: .status)
        statistics = try c.decodeIfPresent(AthenaQueryStatistics.self, forKey: .statistics)
        executionParameters = try c.decodeIfPresent([String].self, forKey: .executionParameters)
    }
}
