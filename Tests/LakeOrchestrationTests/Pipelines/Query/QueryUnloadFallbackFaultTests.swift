import AWSCore
import AWSServices
import Foundation
import LakeTestSupport
import Testing

@testable import LakeOrchestration

/// The `auto` fetch through the fault proxy (500s, throttling, resets before and after the emulator saw the
/// request) with no `--output-location`: the workgroup's location is looked up for UNLOAD, and where UNLOAD
/// is refused the statement runs again as written under a token of its own, so a retried start never adds
/// an execution: the workgroup holds the refused UNLOAD and the plain run, and nothing under lakectl-unload/.
@Suite struct QueryUnloadFallbackFaultTests {
    @Test(arguments: [3, 11])
    func fallbackAndWorkgroupLocationUnderFaultsRunEachStatementOnce(seed: Int) async throws {
        let direct = try EmulatorClients.client()
        let bucket = EmulatorClients.unique("qfallback")
        try await S3Client(client: direct).createBucket(bucket)
        let workgroup = EmulatorClients.unique("wgfb")
        let athena = AthenaClient(client: direct)
        try await athena.createWorkGroup(
            name: workgroup, description: nil,
            settings: AthenaWorkGroupSettings(
                outputLocation: "s3://\(bucket)/results/", bytesScannedCutoffPerQuery: nil,
                enforceWorkGroupConfiguration: false))
        let proxy = try await FaultProxy.start(
            rate: 0.3, seed: seed, kinds: [.internalError, .throttle, .resetBefore, .resetAfter])
        defer { proxy.stop() }
        var pipeline = QueryPipeline(client: proxy.client(maxAttempts: 10))
        pipeline.pollSeconds = (0.01, 0.05)

        let refused = try await pipeline.run(
            QueryRequest(sql: "SELECT range AS n, range * 2 AS n FROM range(2500)", workgroup: workgroup),
            events: { _ in })
        #expect(refused.fetch == .csv)
        #expect(refused.rows.map { $0[1] } == (0..<2500).map { QueryValue.int(Int64($0 * 2)) })

        let unloaded = try await pipeline.run(
            QueryRequest(sql: "SELECT range AS n FROM range(2500)", workgroup: workgroup), events: { _ in })
        #expect(unloaded.fetch == .unload)
        let numbers = unloaded.rows.compactMap { if case .int(let n) = $0[0] { return n } else { return nil } }
        #expect(numbers.sorted() == (0..<2500).map { Int64($0) })

        let stats = try await proxy.stats()
        #expect(stats.faultsTotal > 0, "the schedule must inject faults for this test to mean anything")
        let ids = try await athena.listQueryExecutions(workGroup: workgroup).items
        #expect(ids.count == 3, "the refused UNLOAD, its plain run and the second query, whatever the retries")
        #expect(
            try await S3Client(client: direct).listAllObjects(bucket: bucket, prefix: "results/lakectl-unload/").isEmpty
        )
    }
}
