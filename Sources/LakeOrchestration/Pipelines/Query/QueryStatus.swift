import AWSServices
import Foundation

/// Where a query is and what it has cost so far: what `lakectl query status` shows and the result's footer.
package struct QueryStatus: Sendable, Equatable {
    package var queryId: String
    package var state: String
    /// Athena's reason for FAILED (the engine's message) or CANCELLED.
    package var reason: String?
    package var statementType: String?
    package var sql: String?
    package var outputLocation: String?
    package var dataScannedBytes: Int64
    package var engineMillis: Int64
    package var totalMillis: Int64
    package var submitted: Date?
    package var completed: Date?
    /// The workgroup the query ran in ("primary" when Athena does not say).
    package var workgroup: String = "primary"
    /// Where lakectl's unload fetch path had this query write its rows (`…/lakectl-unload/<token>/`), nil
    /// for any other query: its rows are those files, not a result CSV (`query results` reads them back).
    package var fetchUnloadLocation: String?
    /// Athena answered with an earlier identical query's result (`--reuse`), scanning nothing.
    package var reusedPreviousResult = false

    package var isFinal: Bool { state == "SUCCEEDED" || state == "FAILED" || state == "CANCELLED" }

    /// The query's price at $5/TB with the 10 MB minimum (0 for failed and DDL queries).
    package var costDollars: Double {
        QueryCost.dollars(scanned: dataScannedBytes, state: state, statementType: statementType)
    }

    package init(
        queryId: String, state: String, reason: String? = nil, statementType: String? = nil, sql: String? = nil,
        outputLocation: String? = nil, dataScannedBytes: Int64 = 0, engineMillis: Int64 = 0, totalMillis: Int64 = 0,
        submitted: Date? = nil, completed: Date? = nil
    ) {
        self.queryId = queryId
        self.state = state
        self.reason = reason
        self.statementType = statementType
        self.sql = sql
        self.outputLocation = outputLocation
        self.dataScannedBytes = dataScannedBytes
        self.engineMillis = engineMillis
        self.totalMillis = totalMillis
        self.submitted = submitted
        self.completed = completed
    }

    init(_ execution: AthenaQueryExecution) {
        self.init(
            queryId: execution.queryExecutionId, state: execution.status.state.rawValue,
            reason: execution.status.stateChangeReason, statementType: execution.statementType,
            sql: execution.query.map(AthenaQueryText.userQuery),
            outputLocation: execution.outputLocation,
            dataScannedBytes: execution.statistics?.dataScannedInBytes ?? 0,
            engineMillis: execution.statistics?.engineExecutionTimeInMillis ?? 0,
            totalMillis: execution.statistics?.totalExecutionTimeInMillis ?? 0,
            submitted: execution.status.submissionDateTime, completed: execution.status.completionDateTime)
        workgroup = execution.workGroup ?? "primary"
        reusedPreviousResult = execution.statistics?.reusedPreviousResult ?? false
        if let raw = execution.query, AthenaQueryText.userQuery(raw) != raw {
            fetchUnloadLocation = AthenaQueryText.unloadTarget(raw)
        }
    }
}
