/// What a query cost and how long it took (API_QueryExecutionStatistics). Billing is by
/// `dataScannedInBytes`.
package struct AthenaQueryStatistics: Decodable, Sendable, Equatable {
    package var dataScannedInBytes: Int64?
    package var engineExecutionTimeInMillis: Int64?
    package var totalExecutionTimeInMillis: Int64?
    package var queryQueueTimeInMillis: Int64?
    /// True when Athena answered with an earlier query's result (result reuse): nothing was scanned.
    package var reusedPreviousResult: Bool?

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
        case resultReuse = "ResultReuseInformation"
    }

    private struct ResultReuseInformation: Decodable { var ReusedPreviousResult: Bool? }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        dataScannedInBytes = try c.decodeIfPresent(Int64.self, forKey: .dataScannedInBytes)
        engineExecutionTimeInMillis = try c.decodeIfPresent(Int64.self, forKey: .engineExecutionTimeInMillis)
        totalExecutionTimeInMillis = try c.decodeIfPresent(Int64.self, forKey: .totalExecutionTimeInMillis)
        queryQueueTimeInMillis = try c.decodeIfPresent(Int64.self, forKey: .queryQueueTimeInMillis)
        reusedPreviousResult = try c.decodeIfPresent(ResultReuseInformation.self, forKey: .resultReuse)?
            .ReusedPreviousResult
    }
}
