import Foundation
import LakeTestSupport
import Testing

@testable import LakeOrchestration

/// stdin as `ingest stream` reads it: lines handed over from a reading thread, and a pipe that goes quiet
/// never keeps Ctrl-C (task cancellation) from ending the read.
@Suite struct PipeRecordSourceTests {
    @Test func recordsArriveInOrderWithTheirLinesThenTheEndStaysTheEnd() async throws {
        let pipe = Pipe()
        let source = PipeRecordSource(LineReader(handle: pipe.fileHandleForReading, isPipe: true))
        pipe.fileHandleForWriting.write(Data("{\"n\":1}\n\n{\"n\":3}".utf8))
        try pipe.fileHandleForWriting.close()
        let first = try await source.next()
        let second = try await source.next()
        #expect(first.map { String(decoding: $0.bytes, as: UTF8.self) } == "{\"n\":1}\n")
        #expect(second.map { String(decoding: $0.bytes, as: UTF8.self) } == "{\"n\":3}\n")
        #expect(second?.line == 3)
        #expect(try await source.next() == nil)
        #expect(try await source.next() == nil)
        #expect(source.lineNumber == 3)
    }

    @Test func cancellingAWaitOnAQuietPipeAnswersNilAndKeepsTheLastLineHandedOut() async throws {
        let pipe = Pipe()
        defer { try? pipe.fileHandleForWriting.close() }
        let source = PipeRecordSource(LineReader(handle: pipe.fileHandleForReading, isPipe: true))
        pipe.fileHandleForWriting.write(Data("{\"n\":1}\n{\"n\":2}\n".utf8))
        #expect(try await source.next()?.line == 1)
        #expect(try await source.next()?.line == 2)
        // Nothing more is written and the pipe stays open: only cancellation can end this wait.
        let waiting = Task { try await source.next() }
        waiting.cancel()
        #expect(try await waiting.value == nil)
        #expect(source.lineNumber == 2)
    }

    /// The pipeline over a quiet stdin: two full batches go out, then the producer stops writing without
    /// closing the pipe; cancelling drains them and resumes at the first line of the unsent batch.
    @Test func aCancelledIngestOfAQuietPipeEndsWithTheResumeLine() async throws {
        let firehose = StreamIngestPipelineTests.ScriptedFirehose()
        let pipe = Pipe()
        defer { try? pipe.fileHandleForWriting.close() }
        pipe.fileHandleForWriting.write(Data((1...25).map { "{\"line\":\($0)}\n" }.joined().utf8))
        let source = PipeRecordSource(LineReader(handle: pipe.fileHandleForReading, isPipe: true))
        let pipeline = StreamIngestPipelineTests.pipeline(firehose)
        let task = Task {
            try await pipeline.run(
                StreamIngestRequest(stream: "clicks", concurrency: 2, maxBatchRecords: 10), reader: source,
                events: { _ in })
        }
        while await firehose.calls.count < 2 { await Task.yield() }
        task.cancel()
        let result = try await task.value
        #expect(result.resumeLine == 21)
        #expect(result.records == 20)
        #expect(await firehose.accepted.keys.sorted() == Array(1...20))
    }
}
