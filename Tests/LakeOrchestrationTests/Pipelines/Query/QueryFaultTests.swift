import AWSCore
import AWSServices
import Foundation
import LakeTestSupport
import Testing

@testable import LakeOrchestration

/// Start, poll and every fetch path through the fault proxy (500s, throttling, resets before and after the
/// emulator saw the request): the rows arrive whole, and a start retried after its reply was lost keeps its
/// ClientRequestToken, so the workgroup holds exactly one execution per query, never a duplicate.
@Suite struct QueryFaultTests {
    @Test(arguments: [5, 17])
    func everyFetchPathUnderFaultsRunsEachQueryOnce(seed: Int) async throws {
        let direct = try EmulatorClients.client()
        let bucket = EmulatorClients.unique("qfault")
        try await S3Client(client: direct).createBucket(bucket)
        let workgroup = EmulatorClients.unique("wg")
        let athena = AthenaClient(client: direct)
        try await athena.createWorkGroup(
            name: workgroup, description: nil,
            settings: AthenaWorkGroupSettings(
                outputLocation: nil, bytesScannedCutoffPerQuery: nil, enforceWorkGroupConfiguration: false))
        let proxy = try await FaultProxy.start(
            rate: 0.3, seed: seed, kinds: [.internalError, .throttle, .resetBefore, .resetAfter])
        defer { proxy.stop() }
        var pipeline = QueryPipeline(client: proxy.client(maxAttempts: 10))
        pipeline.pollSeconds = (0.01, 0.05)

        for (index, fetch) in [QueryFetch.page, .csv, .unload].enumerated() {
            let request = QueryRequest(
                sql: "SELECT range AS n, \(index) AS path FROM range(2500)", workgroup: workgroup,
                outputLocation: "s3://\(bucket)/results/")
            let result = try await pipeline.run(request, fetch: fetch, events: { _ in })
            #expect(result.fetch == fetch)
            #expect(result.rows.map { $0[0] } == (0..<2500).map { QueryValue.int(Int64($0)) }, "\(fetch)")
        }
        let stats = try await proxy.stats()
        #expect(stats.faultsTotal > 0, "the schedule must inject faults for this test to mean anything")
        let ids = try await athena.listQueryExecutions(workGroup: workgroup).items
        #expect(ids.count == 3, "one execution per query, whatever the retries")
        #expect(
            try await S3Client(client: direct).listAllObjects(bucket: bucket, prefix: "results/lakectl-unload/").isEmpty
        )
    }
}
