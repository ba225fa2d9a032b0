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

    /// Ctrl-C as the pipeline sees it (`InterruptSignal` cancels the task running it): the reading stops
    /// after line 10,250, what was packed is sent, and `resumeLine` is the first line of the half-filled
    /// batch. The run that skips the lines before it completes the input: every record arrives, with exactly
    /// the extra copies of replies lost after the emulator stored them.
    @Test func aCancelledIngestResumedWithSkipLinesDeliversEveryRecord() async throws {
        let f = try await StreamIngestEmulatorTests.Fixture.make()
        let proxy = try await FaultProxy.start(rate: 0.2, seed: 1_515, kinds: Self.faults)
        defer { proxy.stop() }
        try await proxy.failRecords(rate: 0.1)
        let url = try StreamIngestPipelineTests.file(lines: 20_000)
        defer { try? FileManager.default.removeItem(at: url) }
        let pipeline = Self.faultyPipeline(proxy)
        let request = StreamIngestRequest(stream: f.stream, concurrency: 4, maxAttempts: 12)
        let reader = CancellingReader(try LineReader.open(url.path), cancelAfter: 10_250)
        let first = try await Task { try await pipeline.run(request, reader: reader, events: { _ in }) }.value
        #expect(first.resumeLine == 10_001)
        #expect(first.records == 10_000)

        var rest = request
        rest.skipLines = try #require(first.resumeLine) - 1
        let second = try await pipeline.run(rest, reader: try LineReader.open(url.path), events: { _ in })
        #expect(second.records == 10_000 && second.resumeLine == nil && second.failed.isEmpty)

        let counts = StreamIngestEmulatorTests.counts(try await f.objects())
        let records = try await proxy.recordStats()
        #expect(counts.count == 20_000 && counts.keys.min() == 1 && counts.keys.max() == 20_000, "nothing lost")
        #expect(Self.extraCopies(counts) == records.lostReplyRecords, "duplicates only from lost replies")
        try await FirehoseClient(client: f.client).deleteDeliveryStream(name: f.stream)
    }
}

/// A reader that cancels the task reading it once it has handed out line `cancelAfter`, the way Ctrl-C
/// reaches the pipeline.
///
/// `@unchecked Sendable`: used by the one task that runs the pipeline, like the `LineReader` it wraps.
final class CancellingReader: StreamRecordSource, @unchecked Sendable {
    let inner: LineReader
    let cancelAfter: Int

    init(_ inner: LineReader, cancelAfter: Int) {
        self.inner = inner
        self.cancelAfter = cancelAfter
    }

    func next() throws -> StreamRecord? {
        let record = try inner.next()
        if record?.line == cancelAfter { withUnsafeCurrentTask { $0?.cancel() } }
        return record
    }

    var lineNumber: Int { inner.lineNumber }
}
