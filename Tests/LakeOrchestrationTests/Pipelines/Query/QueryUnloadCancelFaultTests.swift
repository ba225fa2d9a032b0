import AWSCore
import AWSServices
import Foundation
import LakeTestSupport
import Testing

@testable import LakeOrchestration

/// Cancelling the UNLOAD fetch path (what Ctrl-C does) through the fault proxy (500s, throttling, resets
/// before and after the emulator saw the request): the query still ends CANCELLED in Athena and the files
/// it had written under `lakectl-unload/` are still removed, however many of those calls had to be retried.
@Suite struct QueryUnloadCancelFaultTests {
    @Test(arguments: [3, 11])
    func cancelledUnloadFetchStopsTheQueryAndRemovesItsFilesUnderFaults(seed: Int) async throws {
        let direct = try EmulatorClients.client()
        let bucket = EmulatorClients.unique("qcancel")
        try await S3Client(client: direct).createBucket(bucket)
        let proxy = try await FaultProxy.start(
            rate: 0.3, seed: seed, kinds: [.internalError, .throttle, .resetBefore, .resetAfter])
        defer { proxy.stop() }
        var pipeline = QueryPipeline(client: proxy.client(maxAttempts: 10))
        pipeline.pollSeconds = (30, 30)
        let events = QueryPipelineEmulatorTests.Events()
        let request = QueryRequest(
            sql: "SELECT range AS n FROM range(25000)", outputLocation: "s3://\(bucket)/results/")
        let running = pipeline
        let task = Task { try await running.run(request, fetch: .unload, events: events.sink) }
        var id: String?
        for _ in 0..<3000 where id == nil || events.list.count < 3 {
            try await Task.sleep(nanoseconds: 10_000_000)
            id = events.startedId
        }
        let queryId = try #require(id)
        let s3 = S3Client(client: direct)
        let prefix = "results/lakectl-unload/\(request.clientRequestToken)/"
        #expect(!(try await s3.listAllObjects(bucket: bucket, prefix: prefix).isEmpty), "the query wrote files")
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
        #expect(try await QueryPipeline(client: direct).status(queryId).state == "CANCELLED")
        #expect(try await s3.listAllObjects(bucket: bucket, prefix: prefix).isEmpty)
        #expect(
            try await proxy.stats().faultsTotal > 0, "the schedule must inject faults for this test to mean anything")
    }
}
