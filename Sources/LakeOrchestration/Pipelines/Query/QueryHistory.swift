import AWSCore
import AWSServices
import Foundation

/// `lakectl query history` and `lakectl usage`: the queries of one or more workgroups back to a boundary,
/// read the cheap way Athena allows — ListQueryExecutions (ids, newest first) then BatchGetQueryExecution in
/// batches of 50 — stopping at the first batch that reaches past `--since`, so a busy workgroup's whole
/// history is never fetched.
package struct QueryHistory: Sendable {
    let athena: AthenaClient

    package init(client: AWSClient) {
        athena = AthenaClient(client: client)
    }

    package init(session: LakeSession) {
        self.init(client: session.client)
    }

    /// The queries of `workgroup` submitted at or after `since`, newest first.
    package func queries(workgroup: String, since: Date) async throws -> [QueryStatus] {
        var found: [QueryStatus] = []
        for try await page in athena.listQueryExecutionsPages(workGroup: workgroup) {
            var reachedBoundary = false
            for start in stride(from: 0, to: page.items.count, by: 50) {
                let ids = Array(page.items[start..<min(start + 50, page.items.count)])
                let byId = try await executions(ids, workgroup: workgroup)
                for id in ids {
                    guard let status = byId[id] else { continue }
                    if let submitted = status.submitted, submitted < since {
                        reachedBoundary = true
                        continue
                    }
                    found.append(status)
                }
            }
            if reachedBoundary { break }
        }
        return found
    }

    /// How many times ids BatchGetQueryExecution leaves unprocessed are asked for again.
    static let unprocessedRetries = 3

    /// The executions of `ids` by id (BatchGet does not promise the order asked for; callers keep the ids'
    /// order). Ids Athena leaves unprocessed are asked for again; any still missing after the retries stop
    /// the command with `UnansweredQueriesError` rather than leave a hole in the figures.
    func executions(_ ids: [String], workgroup: String) async throws -> [String: QueryStatus] {
        var found: [String: QueryStatus] = [:]
        var pending = ids
        var reason = ""
        for _ in 0...Self.unprocessedRetries where !pending.isEmpty {
            let batch = try await athena.batchGetQueryExecution(ids: pending)
            for execution in batch.executions where found[execution.queryExecutionId] == nil {
                found[execution.queryExecutionId] = QueryStatus(execution)
            }
            if let first = batch.unprocessed.first {
                reason = [first.errorCode, first.errorMessage].compactMap { $0 }.joined(separator: ": ")
            }
            pending = pending.filter { found[$0] == nil }
        }
        guard pending.isEmpty else {
            throw UnansweredQueriesError(workgroup: workgroup, queryIds: pending, reason: reason)
        }
        return found
    }

    /// Per workgroup and UTC day: queries by state, bytes scanned and cost, and the costliest queries.
    package func usage(workgroups: [String], since: Date, costliest: Int = 5) async throws -> UsageReport {
        var all: [QueryStatus] = []
        for workgroup in workgroups { all += try await queries(workgroup: workgroup, since: since) }
        return UsageReport(queries: all, costliest: costliest)
    }
}
