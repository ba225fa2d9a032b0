/// What a query cost and how long it took (API_QueryExecutionStatistics). Billing is by
/// `dataScannedInBytes`.
package struct AthenaQueryStatistics: Decodable, Sendable, Equatable {
    package var dataScannedInBytes: Int64?
    package var engineExecutionTimeInMillis: Int64?
    package var totalExecutionTimeInMillis: Int64?
    package var queryQueueTimeInMillis: Int64?

    package init(
        dataScannedInBytes: Int64? = nil, engineExecutionTimeInMillis: Int64? = nil,
        totalExecutionTimeInMillis: Int64? = nil, queryQueueTimeInMillis: Int64? = nil
    ) {
        self.dataScannedInBytes = dataScannedInBytes
        self.engineExecutionTimeInMillis = engineExecutionTimeInMillis
        self.totalExecutionTimeInMillis = totalExecutionTimeInMillis
        self.queryQueueTimeInMillis = queryQueueTimeInMillis
    }

    enum CodingKeys: String, CodingKey {
        case dataScannedInBytes = "DataScannedInBytes", engineExecutionTimeInMillis = "EngineExecutionTimeInMillis"
        case totalExecutionTimeInMillis = "TotalExecutionTimeInMillis", queryQueueTimeInMillis =
            "QueryQueueTimeInMillis"
    }
}
