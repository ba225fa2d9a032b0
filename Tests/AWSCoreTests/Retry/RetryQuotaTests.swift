import Testing

@testable import AWSCore

@Suite struct RetryQuotaTests {
    @Test func retriesCostFiveTimeoutsTenAndAnEmptyBucketStopsRetrying() async {
        let quota = RetryQuota(capacity: 22)
        #expect(await quota.acquire(for: .throttling) == 5)
        #expect(await quota.acquire(for: .timeout) == 10)
        #expect(await quota.acquire(for: .transient) == 5)
        #expect(await quota.available == 2)
        #expect(await quota.acquire(for: .transient) == nil)
        #expect(await quota.available == 2)
    }

    @Test func successRefundsTheLastRetryCostOrOne() async {
        let quota = RetryQuota()
        _ = await quota.acquire(for: .timeout)
        #expect(await quota.available == 490)
        await quota.recordSuccess(lastRetryCost: 10)
        #expect(await quota.available == 500)
        await quota.recordSuccess(lastRetryCost: nil)
        #expect(await quota.available == 500, "never above capacity")
        _ = await quota.acquire(for: .transient)
        await quota.recordSuccess(lastRetryCost: nil)
        #expect(await quota.available == 496)
    }
}
