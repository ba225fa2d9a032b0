import AWSServices
import Foundation
import LakeTestSupport
import Testing

@testable import LakeOrchestration

/// `query history` / `usage` reading a workgroup's queries from the emulator (signature checking on) when
/// BatchGetQueryExecution leaves ids unprocessed, as Athena may: they are asked for again, and ids still
/// missing after the retries stop the command instead of silently under-counting the figures.
@Suite struct QueryHistoryEmulatorTests {
    @Test func unprocessedIdsAreAskedAgainAndAPersistentGapIsAnError() async throws {
        let emulator = try Emulator.current()
        let client = try EmulatorClients.client()
        let bucket = EmulatorClients.unique("history")
        try await S3Client(client: client).createBucket(bucket)
        let workgroup = EmulatorClients.unique("wghist")
        try await AthenaClient(client: client).createWorkGroup(
            name: workgroup, description: nil,
            settings: AthenaWorkGroupSettings(
                outputLocation: "s3://\(bucket)/results/", bytesScannedCutoffPerQuery: nil,
                enforceWorkGroupConfiguration: false))
        var pipeline = QueryPipeline(client: client)
        pipeline.pollSeconds = (0.01, 0.05)
        var ran: [String] = []
        for n in 1...3 {
            let result = try await pipeline.run(
                QueryRequest(sql: "SELECT \(n) AS n", workgroup: workgroup), fetch: .page, events: { _ in })
            ran.append(result.status.queryId)
        }
        let history = QueryHistory(client: client)
        let since = Date().addingTimeInterval(-3600)

        try await emulator.control(
            "/lakectl-emulator/athena/unprocess-next-batches", #"{"workgroup": "\#(workgroup)", "count": 2}"#)
        let read = try await history.queries(workgroup: workgroup, since: since)
        #expect(read.map(\.queryId) == ran.reversed())

        try await emulator.control(
            "/lakectl-emulator/athena/unprocess-next-batches",
            #"{"workgroup": "\#(workgroup)", "count": \#(QueryHistory.unprocessedRetries + 1)}"#)
        do {
            _ = try await history.usage(workgroups: [workgroup], since: since)
            Issue.record("usage added up a workgroup whose queries Athena did not answer")
        } catch let error as UnansweredQueriesError {
            #expect(Set(error.queryIds) == Set(ran))
            #expect(error.reason.hasPrefix("INTERNAL_FAILURE"))
            #expect(error.description.contains("run the command again"))
        }
        #expect(try await history.queries(workgroup: workgroup, since: since).count == 3)
    }
}
