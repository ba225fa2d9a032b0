import AWSCore
import AWSServices
import Foundation
import LakeTestSupport
import Testing

@testable import LakeOrchestration

/// The resend logic of `ingest stream` with PutRecordBatch replies in AWS's recorded format: moto never
/// fails a record inside a successful call, so the replies here do (ServiceUnavailableException per
/// record), and the test counts what "arrived" (records in replies without an error code).
@Suite struct StreamIngestPipelineTests {
    /// Answers like Firehose: each record whose line `failFirst` picks fails on its first send, lines in
    /// `failAlways` never succeed; keeps every call's lines and how often each line was accepted.
    actor ScriptedFirehose {
        let failFirst: @Sendable (Int) -> Bool
        let failAlways: Set<Int>
        var calls: [[Int]] = []
        var accepted: [Int: Int] = [:]
        var seen: Set<Int> = []

        init(failFirst: @escaping @Sendable (Int) -> Bool = { _ in false }, failAlways: Set<Int> = []) {
            self.failFirst = failFirst
            self.failAlways = failAlways
        }

        func put(_ records: [[UInt8]]) throws -> FirehosePutRecordBatchResult {
            let lines = records.map { Self.line(of: $0) }
            calls.append(lines)
            var failing: Set<Int> = []
            for (index, line) in lines.enumerated() {
                let first = seen.insert(line).inserted
                if failAlways.contains(line) || (first && failFirst(line)) {
                    failing.insert(index)
                } else {
                    accepted[line, default: 0] += 1
                }
            }
            return try RecordedReplies.reply(count: records.count, failing: failing)
        }

        /// Records are `{"line":N}\n`.
        static func line(of bytes: [UInt8]) -> Int {
            let text = String(decoding: bytes, as: UTF8.self)
            return Int(text.filter(\.isNumber)) ?? -1
        }
    }

    static func file(lines: Int, extra: [Int: String] = [:]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("stream-\(UUID().uuidString).jsonl")
        var text = ""
        for line in 1...lines { text += (extra[line] ?? "{\"line\":\(line)}") + "\n" }
        try Data(text.utf8).write(to: url)
        return url
    }

    static func pipeline(_ firehose: ScriptedFirehose) -> StreamIngestPipeline {
        var pipeline = StreamIngestPipeline(
            send: { _, records in try await firehose.put(records) }, clock: ManualClock())
        pipeline.backoff = (0.001, 0.01)
        return pipeline
    }

    @Test func failedRecordsAndOnlyThoseAreResentInOrderUntilEveryRecordArrivedOnce() async throws {
        let firehose = ScriptedFirehose(failFirst: { $0 % 10 == 3 })
        let url = try Self.file(lines: 2_000)
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try await Self.pipeline(firehose).run(
            StreamIngestRequest(stream: "clicks", concurrency: 3), reader: try LineReader.open(url.path),
            events: { _ in })
        let accepted = await firehose.accepted
        #expect(accepted.count == 2_000)
        #expect(accepted.values.allSatisfy { $0 == 1 })
        #expect(result.records == 2_000)
        #expect(result.resent == 200)
        #expect(result.failed.isEmpty)
        #expect(result.calls == 8)  // 4 batches of 500, each followed by one resend of its 50 failures
        let calls = await firehose.calls
        for resend in calls where resend.count == 50 {
            #expect(resend == resend.sorted())
            #expect(resend.allSatisfy { $0 % 10 == 3 })
        }
        #expect(result.bytes == (1...2_000).reduce(0) { $0 + "{\"line\":\($1)}\n".utf8.count })
    }

    @Test func aRecordThatNeverSucceedsIsNamedWithItsLineAfterMaxAttempts() async throws {
        let firehose = ScriptedFirehose(failAlways: [7])
        let url = try Self.file(lines: 20)
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try await Self.pipeline(firehose).run(
            StreamIngestRequest(stream: "clicks", maxAttempts: 4), reader: try LineReader.open(url.path),
            events: { _ in })
        #expect(result.records == 19)
        #expect(result.failed.map(\.line) == [7])
        #expect(result.failed.first?.reason.contains("ServiceUnavailableException") == true)
        #expect(result.calls == 4)
        #expect(result.resent == 3)
        #expect(await firehose.calls.dropFirst().allSatisfy { $0 == [7] })
    }

    @Test func anOversizedRecordIsNamedAndSkippedNeverSent() async throws {
        let big = "{\"pad\":\"" + String(repeating: "x", count: FirehoseClient.maxRecordBytes) + "\"}"
        let firehose = ScriptedFirehose()
        let url = try Self.file(lines: 10, extra: [4: big])
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try await Self.pipeline(firehose).run(
            StreamIngestRequest(stream: "clicks"), reader: try LineReader.open(url.path), events: { _ in })
        #expect(result.oversized.map(\.line) == [4])
        #expect(result.oversized.first?.reason.contains("skipped") == true)
        #expect(result.records == 9)
        #expect(await firehose.accepted.keys.sorted() == [1, 2, 3, 5, 6, 7, 8, 9, 10])
    }

    @Test func skipLinesResumesAfterTheGivenLine() async throws {
        let firehose = ScriptedFirehose()
        let url = try Self.file(lines: 30)
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try await Self.pipeline(firehose).run(
            StreamIngestRequest(stream: "clicks", skipLines: 25), reader: try LineReader.open(url.path),
            events: { _ in })
        #expect(result.records == 5)
        #expect(await firehose.accepted.keys.sorted() == [26, 27, 28, 29, 30])
    }

    @Test func cancellationStopsReadingDrainsWhatIsInFlightAndGivesTheResumeLine() async throws {
        let firehose = ScriptedFirehose()
        let url = try Self.file(lines: 50_000)
        defer { try? FileManager.default.removeItem(at: url) }
        let pipeline = Self.pipeline(firehose)
        let task = Task {
            try await pipeline.run(
                StreamIngestRequest(stream: "clicks", concurrency: 2, maxBatchRecords: 10),
                reader: try LineReader.open(url.path), events: { _ in })
        }
        while await firehose.calls.count < 5 { await Task.yield() }
        task.cancel()
        let result = try await task.value
        let resume = try #require(result.resumeLine)
        let accepted = await firehose.accepted
        #expect(resume < 50_000)
        // Everything before the resume line arrived exactly once, nothing from it on was sent.
        #expect(accepted.keys.sorted() == Array(1..<resume))
        #expect(accepted.values.allSatisfy { $0 == 1 })
        #expect(result.records == resume - 1)
    }

    @Test func anUnknownStreamEndsTheIngestWithTheLineToResumeFrom() async throws {
        let pipeline = StreamIngestPipeline(
            send: { stream, _ in
                throw AWSError(
                    service: "Firehose", operation: "PutRecordBatch", code: "ResourceNotFoundException",
                    message: "Firehose \(stream) not found.", statusCode: 400, requestId: nil)
            }, clock: ManualClock())
        let url = try Self.file(lines: 3)
        defer { try? FileManager.default.removeItem(at: url) }
        let error = await #expect(throws: StreamIngestError.self) {
            _ = try await pipeline.run(
                StreamIngestRequest(stream: "nope"), reader: try LineReader.open(url.path), events: { _ in })
        }
        guard case .callFailed(_, let line, let attempts, let reason) = error else {
            Issue.record("\(String(describing: error))")
            return
        }
        #expect(line == 1)
        #expect(attempts == 1)
        #expect(reason.contains("ResourceNotFoundException"))
    }

    @Test(arguments: [0, 65, -1])
    func invalidConcurrencyIsRefusedBeforeReading(concurrency: Int) {
        #expect(throws: StreamIngestError.self) {
            try StreamIngestRequest(stream: "s", concurrency: concurrency).validate()
        }
    }
}
