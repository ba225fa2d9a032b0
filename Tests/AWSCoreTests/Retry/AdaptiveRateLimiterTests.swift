import Testing

@testable import AWSCore

@Suite struct AdaptiveRateLimiterTests {
    @Test func staysOutOfTheWayUntilTheFirstThrottle() async {
        let limiter = AdaptiveRateLimiter(now: 0)
        for i in 0..<20 {
            #expect(await limiter.acquireDelay(now: Double(i) * 0.01) == 0)
            await limiter.record(throttled: false, now: Double(i) * 0.01)
        }
        #expect(await limiter.enabled == false)
    }

    @Test func throttlingSlowsTheSenderThenRecovers() async {
        let limiter = AdaptiveRateLimiter(now: 0)
        // 10 requests per second for two seconds, then a throttle.
        var t = 0.0
        for _ in 0..<20 {
            await limiter.record(throttled: false, now: t)
            t += 0.1
        }
        await limiter.record(throttled: true, now: t)
        #expect(await limiter.enabled)
        let cut = await limiter.currentFillRate
        #expect(cut < 10 && cut >= AdaptiveRateLimiter.minFillRate)
        // Back-to-back sends must now wait.
        var waited = 0.0
        for _ in 0..<5 { waited += await limiter.acquireDelay(now: t) }
        #expect(waited > 0)
        // Successes over the following seconds grow the rate again (CUBIC).
        for _ in 0..<40 {
            t += 0.25
            await limiter.record(throttled: false, now: t)
        }
        #expect(await limiter.currentFillRate > cut)
    }
}
