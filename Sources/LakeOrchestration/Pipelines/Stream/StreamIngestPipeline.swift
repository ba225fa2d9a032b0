import AWSCore
import AWSServices
import Foundation

/// `lakectl ingest stream`: reads records one line at a time, packs them into PutRecordBatch calls within
/// Firehose's limits, keeps `concurrency` calls in flight, and resends only the records a reply marks
/// failed — in their original order, with exponential backoff and full jitter (AWS-NOTES B4, B7).
///
/// Ctrl-C (task cancellation) stops the reading but not the calls already made: each call runs in its own
/// unstructured task, so cancelling the pipeline drains what is in flight instead of abandoning records
/// whose fate is unknown; the result then carries the line to resume from.
package struct StreamIngestPipeline: Sendable {
    /// Sends one batch's record bytes and answers the reply; a `FirehoseClient` in production, recorded
    /// replies in the unit tests of the resend logic.
    package typealias Send =
        @Sendable (_ stream: String, _ records: [[UInt8]]) async throws ->
        FirehosePutRecordBatchResult

    let send: Send
    let clock: any AWSClock
    /// Backoff between attempts: `random(0, 1) × min(base × 2^(attempt-1), cap)` seconds.
    package var backoff: (base: Double, cap: Double) = (0.1, 5)

    package init(send: @escaping Send, clock: any AWSClock = SystemClock()) {
        self.send = send
        self.clock = clock
    }

    package init(client: AWSClient, clock: any AWSClock = SystemClock()) {
        let firehose = FirehoseClient(client: client)
        self.init(send: { try await firehose.putRecordBatch(stream: $0, records: $1) }, clock: clock)
    }

    package init(session: LakeSession, clock: any AWSClock = SystemClock()) {
        self.init(client: session.client, clock: clock)
    }

    /// Reads `reader` to its end (or until cancelled) and sends every record.
    package func run(
        _ request: StreamIngestRequest, reader: any StreamRecordSource, events: @escaping PipelineEventSink
    )
        async throws -> StreamIngestResult
    {
        try request.validate()
        var packer = BatchPacker(maxRecords: request.maxBatchRecords)
        var result = StreamIngestResult()
        var interrupted = false
        let started = clock.now()
        var lastProgress = started
        let pipeline = self

        try await withThrowingTaskGroup(of: BatchDelivery.self) { group in
            var inFlight = 0
            func merge(_ delivery: BatchDelivery) {
                result.records += delivery.records
                result.bytes += delivery.bytes
                result.calls += delivery.calls
                result.resent += delivery.resent
                result.failed += delivery.failed
            }
            func report() {
                let now = clock.now()
                guard now.timeIntervalSince(lastProgress) >= 1 else { return }
                lastProgress = now
                events(
                    .progress(
                        state: "sending", percent: nil,
                        detail: Self.progressDetail(
                            result, inFlight: inFlight, seconds: now.timeIntervalSince(started))))
            }
            while true {
                if Task.isCancelled {
                    interrupted = true
                    break
                }
                guard let record = try await reader.next() else {
                    // A source waiting on a quiet pipe answers nil when cancelled: that is Ctrl-C, not the end.
                    interrupted = Task.isCancelled
                    break
                }
                guard record.line > request.skipLines else { continue }
                var ready: RecordBatch?
                switch packer.add(record) {
                case .packed: break
                case .full(let batch): ready = batch
                case .oversized(let line, let bytes):
                    result.oversized.append(
                        .init(
                            line: line,
                            reason:
                                "\(bytes) bytes is over Firehose's \(FirehoseClient.maxRecordBytes)-byte record limit; skipped"
                        ))
                }
                guard let batch = ready else { continue }
                if inFlight == request.concurrency, let done = try await group.next() {
                    inFlight -= 1
                    merge(done)
                    report()
                }
                group.addTask {
                    try await Task { try await pipeline.deliver(batch, request: request) }.value
                }
                inFlight += 1
            }
            if interrupted {
                result.resumeLine = packer.pendingFirstLine ?? (reader.lineNumber + 1)
            } else if let last = packer.flush() {
                group.addTask { try await Task { try await pipeline.deliver(last, request: request) }.value }
                inFlight += 1
            }
            while let done = try await group.next() {
                inFlight -= 1
                merge(done)
            }
        }
        result.failed.sort { $0.line < $1.line }
        return result
    }

    /// The progress line on a TTY: what was accepted so far, its rate since the start, what is in flight.
    static func progressDetail(_ result: StreamIngestResult, inFlight: Int, seconds: Double) -> String {
        let elapsed = max(seconds, 0.001)
        let perSecond = Int((Double(result.records) / elapsed).rounded())
        let megabytes = Double(result.bytes) / 1_000_000 / elapsed
        return "\(result.records) records (\(perSecond) records/s), \(ByteCountText.format(Int64(result.bytes))) "
            + "(\(String(format: "%.1f", megabytes)) MB/s), \(inFlight) in flight, \(result.resent) resent"
    }

    /// Sends one batch until every record is accepted or the attempts run out: after a partial failure
    /// only the failed records go again (original order kept); after a whole-call failure the whole
    /// (remaining) batch does. A client error that no retry can fix (an unknown stream, a bad request)
    /// ends the ingest at once.
    func deliver(_ batch: RecordBatch, request: StreamIngestRequest) async throws -> BatchDelivery {
        var delivery = BatchDelivery()
        var pending = batch.records
        var attempt = 0
        while true {
            attempt += 1
            do {
                let reply = try await send(request.stream, pending.map(\.bytes))
                delivery.calls += 1
                let failed = BatchReply.failed(pending, reply)
                let failedLines = Set(failed.map(\.record.line))
                for record in pending where !failedLines.contains(record.line) {
                    delivery.records += 1
                    delivery.bytes += record.bytes.count
                }
                if failed.isEmpty { return delivery }
                guard attempt < request.maxAttempts else {
                    delivery.failed += failed.map {
                        .init(line: $0.record.line, reason: "\($0.code) after \(attempt) attempts")
                    }
                    return delivery
                }
                delivery.resent += failed.count
                pending = failed.map(\.record)
            } catch {
                delivery.calls += 1
                if Self.isFatal(error) || attempt >= request.maxAttempts {
                    throw StreamIngestError.callFailed(
                        stream: request.stream, resumeLine: pending.first?.line ?? 1, attempts: attempt,
                        reason: "\(error)")
                }
                delivery.resent += pending.count
            }
            let ceiling = min(backoff.base * pow(2, Double(attempt - 1)), backoff.cap)
            try? await clock.sleep(seconds: Double.random(in: 0...1) * ceiling)
        }
    }

    /// 4xx answers other than throttling and unavailability: resending the same request cannot help.
    static func isFatal(_ error: any Error) -> Bool {
        guard let error = error as? AWSError else { return false }
        let retryable = [
            FirehoseClient.ErrorCode.serviceUnavailable.rawValue, FirehoseClient.ErrorCode.limitExceeded.rawValue,
            "ThrottlingException", "Throttling", "RequestTimeout",
        ]
        return (400..<500).contains(error.statusCode) && !retryable.contains(error.code)
    }
}
