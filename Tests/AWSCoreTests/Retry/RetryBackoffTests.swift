import Testing

@testable import AWSCore

@Suite struct RetryBackoffTests {
    @Test func fullJitterDoublesUpToTheCap() {
        let top = RetryBackoff(random: { 0.999999 })
        #expect(abs(top.delay(beforeRetry: 1) - 1) < 0.001)
        #expect(abs(top.delay(beforeRetry: 2) - 2) < 0.001)
        #expect(abs(top.delay(beforeRetry: 5) - 16) < 0.001)
        #expect(abs(top.delay(beforeRetry: 6) - 20) < 0.001)
        #expect(abs(top.delay(beforeRetry: 1000) - 20) < 0.001)
        let half = RetryBackoff(random: { 0.5 })
        #expect(half.delay(beforeRetry: 3) == 2)
        #expect(RetryBackoff(random: { 0 }).delay(beforeRetry: 4) == 0)
    }

    @Test func serverHintIsHonouredWithinBounds() {
        let backoff = RetryBackoff(random: { 0.5 })
        #expect(backoff.delay(beforeRetry: 1, serverHint: 3) == 3)
        #expect(backoff.delay(beforeRetry: 1, serverHint: 60) == 5.5, "at most computed + 5 s")
        #expect(backoff.delay(beforeRetry: 1, serverHint: -1) == 0)
    }

    @Test func outOfRangeRandomIsClamped() {
        #expect(RetryBackoff(random: { 7 }).delay(beforeRetry: 1) == 1)
        #expect(RetryBackoff(random: { -3 }).delay(beforeRetry: 1) == 0)
    }
}
