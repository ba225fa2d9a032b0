import AWSCore
import AWSServices
import Foundation
import LakeTestSupport
import Testing

@testable import LakeOrchestration

/// `ingest stream` of 100,000 records through the fault proxy: whole calls failing (500, 503, throttling,
/// resets before and after the emulator, truncated replies) and, inside successful replies, records failed
/// one by one (FailedPutCount > 0, per-record ErrorCode; the emulator stores only the others). Every record
/// must arrive, and the only copies beyond one are those of calls the emulator stored whose reply was lost
/// — which the proxy counts, so the duplicates are asserted exactly, not bounded.
@Suite(.serialized) struct StreamIngestFaultTests {
    static let faults: [FaultKind] = [
        .internalError, .serviceUnavailable, .throttle, .resetBefore, .resetAfter, .truncate,
    ]

    /// Copies beyond the first, over all records.
    static func extraCopies(_ counts: [Int: Int]) -> Int { counts.values.reduce(0) { $0 + $1 - 1 } }

    static func faultyPipeline(_ proxy: FaultProxy) -> StreamIngestPipeline {
        // A generous client timeout: a reply late only because the machine is busy would be a lost reply
        // the proxy cannot count.
        var pipeline = StreamIngestPipeline(client: proxy.client(maxAttempts: 3, timeoutSeconds: 60))
        pipeline.backoff = (0.01, 0.1)
        return pipeline
    }

    @Test func hundredThousandRecordsUnderFaultsArriveWithDuplicatesOnlyFromLostReplies() async throws {
        let f = try await StreamIngestEmulatorTests.Fixture.make()
        let seed = Int(ProcessInfo.processInfo.environment["LAKECTL_FAULT_SEED"] ?? "") ?? 20_261_205
        let proxy = try await FaultProxy.start(rate: 0.2, seed: seed, kinds: Self.faults)
        defer { proxy.stop() }
        try await proxy.failRecords(rate: 0.1)
        let url = try StreamIngestPipelineTests.file(lines: 100_000)
        defer { try? FileManager.default.removeItem(at: url) }
        let started = Date()
        let result = try await Self.faultyPipeline(proxy).run(
            StreamIngestRequest(stream: f.stream, concurrency: 8, maxAttempts: 12),
            reader: try LineReader.open(url.path), events: { _ in })
        let seconds = Date().timeIntervalSince(started)
        let stats = try await proxy.stats()
        let records = try await proxy.recordStats()
        let objects = try await f.objects()
        let counts = StreamIngestEmulatorTests.counts(objects)
        print(
            "ingest stream, 100,000 records under faults in \(String(format: "%.1f", seconds)) s: \(stats.summary); "
                + "records failed in 200 replies \(records.recordsFailed); calls \(result.calls), resent \(result.resent); "
                + "lost replies \(records.lostReplyCalls) holding \(records.lostReplyRecords) stored records; "
                + "extra copies found \(Self.extraCopies(counts))")
        #expect(stats.faultsTotal > 0 && records.recordsFailed > 0, "both kinds of failure happened")
        #expect(records.lostReplyCalls > 0, "a reply was lost after the emulator stored the call")
        #expect(result.failed.isEmpty && result.oversized.isEmpty)
        #expect(result.records == 100_000)
        // (Records failed in a reply that was then lost are resent with their whole call, unseen as such.)
        #expect(result.resent > 0)
        #expect(counts.count == 100_000 && counts.keys.min() == 1 && counts.keys.max() == 100_000, "nothing lost")
        #expect(Self.extraCopies(counts) == records.lostReplyRecords, "duplicates only from lost replies")
        #expect(objects.allSatisfy { $0 == $0.sorted() }, "resent records keep their original order")
        try await FirehoseClient(client: f.client).deleteDeliveryStream(name: f.stream)
    }
}
