import LakeTestSupport
import Testing

@testable import AWSCore

@Suite struct StandardRetryStrategyTests {
    private let throttled = AWSError(
        service: "Glue", operation: "GetTable", code: "ThrottlingException", message: nil, statusCode: 400)
    private let denied = AWSError(
        service: "Glue", operation: "GetTable", code: "AccessDeniedException", message: nil, statusCode: 400)

    @Test func retriesUntilMaxAttempts() async {
        let strategy = StandardRetryStrategy(backoff: RetryBackoff(random: { 0.5 }))
        var token = RetryToken()
        #expect(await strategy.delayBeforeRetry(&token, after: throttled, now: 0) == 0.5)
        #expect(token == RetryToken(attempt: 2, lastRetryCost: 5))
        #expect(await strategy.delayBeforeRetry(&token, after: throttled, now: 0) == 1)
        #expect(token.attempt == 3)
        #expect(await strategy.delayBeforeRetry(&token, after: throttled, now: 0) == nil, "3 attempts by default")
    }

    @Test func nonRetryableErrorsStopAtOnce() async {
        let strategy = StandardRetryStrategy()
        var token = RetryToken()
        #expect(await strategy.delayBeforeRetry(&token, after: denied, now: 0) == nil)
        #expect(await strategy.quota.available == 500)
    }

    @Test func anEmptyQuotaStopsRetrying() async {
        let strategy = StandardRetryStrategy(
            configuration: RetryConfiguration(maxAttempts: 10), quota: RetryQuota(capacity: 7))
        var token = RetryToken()
        #expect(await strategy.delayBeforeRetry(&token, after: throttled, now: 0) != nil)
        #expect(await strategy.delayBeforeRetry(&token, after: throttled, now: 0) == nil)
        await strategy.recordSuccess(token, now: 0)
        #expect(await strategy.quota.available == 7)
    }

    @Test func legacyModeHasNoQuota() async {
        let strategy = StandardRetryStrategy(
            configuration: RetryConfiguration(mode: .legacy, maxAttempts: 5), quota: RetryQuota(capacity: 7))
        var token = RetryToken()
        for _ in 0..<4 { #expect(await strategy.delayBeforeRetry(&token, after: throttled, now: 0) != nil) }
        #expect(await strategy.delayBeforeRetry(&token, after: throttled, now: 0) == nil, "5 attempts")
        #expect(await strategy.quota.available == 7)
    }

    @Test func adaptiveModeHasALimiter() {
        #expect(StandardRetryStrategy(configuration: RetryConfiguration(mode: .adaptive)).rateLimiter != nil)
        #expect(StandardRetryStrategy().rateLimiter == nil)
    }
}

@Suite struct StandardRetryStrategyConfiguredTests {
    @Test func readsTheEnvironmentLikeTheCLI() throws {
        let strategy = try StandardRetryStrategy.configured(
            environment: ["AWS_MAX_ATTEMPTS": "5", "AWS_RETRY_MODE": "adaptive"], clock: ManualClock())
        #expect(strategy.maxAttempts == 5)
        #expect(strategy.rateLimiter != nil)
        #expect(throws: RetryConfigurationError.self) {
            try StandardRetryStrategy.configured(environment: ["AWS_MAX_ATTEMPTS": "many"])
        }
    }
}
