import Testing

@testable import LakeOrchestration

/// The progress line `ingest stream` shows on a TTY: counts, their rates since the start, and what is in
/// flight (issue 15: records/s, MB/s, in flight, resent).
@Suite struct StreamIngestProgressTests {
    @Test func ratesAreTheCountsOverTheElapsedTime() {
        var result = StreamIngestResult()
        result.records = 30_000
        result.bytes = 6_000_000
        result.resent = 12
        let detail = StreamIngestPipeline.progressDetail(result, inFlight: 3, seconds: 4)
        #expect(detail == "30000 records (7500 records/s), 6.0 MB (1.5 MB/s), 3 in flight, 12 resent")
    }

    @Test func noElapsedTimeGivesNoDivisionByZero() {
        let detail = StreamIngestPipeline.progressDetail(StreamIngestResult(), inFlight: 0, seconds: 0)
        #expect(detail == "0 records (0 records/s), 0 B (0.0 MB/s), 0 in flight, 0 resent")
    }
}
