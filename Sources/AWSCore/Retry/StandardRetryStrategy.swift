/// The AWS SDK standard retry mode — classification, full-jitter backoff and the retry quota — plus,
/// in adaptive mode, the client-side rate limiter. One instance belongs to one client, so the quota and
/// the limiter are shared by all of that client's calls (they are actors).
package struct StandardRetryStrategy: RetryStrategy {
    package let configuration: RetryConfiguration
    package let quota: RetryQuota
    package let backoff: RetryBackoff
    package let rateLimiter: AdaptiveRateLimiter?

    package init(
        configuration: RetryConfiguration = RetryConfiguration(), quota: RetryQuota = RetryQuota(),
        backoff: RetryBackoff = RetryBackoff(), now: Double = 0
    ) {
        self.configuration = configuration
        self.quota = quota
        self.backoff = backoff
        self.rateLimiter = configuration.mode == .adaptive ? AdaptiveRateLimiter(now: now) : nil
    }

    package var maxAttempts: Int { configuration.maxAttempts }

    package func delayBeforeAttempt(_ token: RetryToken, now: Double) async -> Double {
        guard let rateLimiter else { return 0 }
        return await rateLimiter.acquireDelay(now: now)
    }

    package func delayBeforeRetry(_ token: inout RetryToken, after error: any Error, now: Double) async -> Double? {
        let kind = RetryClassifier.classify(error)
        if let rateLimiter { await rateLimiter.record(throttled: kind == .throttling, now: now) }
        guard let kind, token.attempt < configuration.maxAttempts else { return nil }
        // Legacy mode has no retry quota: each call retries up to its attempt limit.
        let cost: Int?
        if configuration.mode == .legacy {
            cost = nil
        } else {
            guard let taken = await quota.acquire(for: kind) else { return nil }
            cost = taken
        }
        let hint = (error as? AWSError)?.retryAfterSeconds
        let delay = backoff.delay(beforeRetry: token.attempt, serverHint: hint)
        token.attempt += 1
        token.lastRetryCost = cost
        return delay
    }

    package func recordSuccess(_ token: RetryToken, now: Double) async {
        await quota.recordSuccess(lastRetryCost: token.lastRetryCost)
        if let rateLimiter { await rateLimiter.record(throttled: false, now: now) }
    }
}

extension StandardRetryStrategy {
    /// The strategy the AWS CLI would use: `AWS_RETRY_MODE` / `AWS_MAX_ATTEMPTS` from the environment,
    /// else the profile's `retry_mode` / `max_attempts`, else standard with 3 attempts. Throws for values
    /// no SDK accepts, naming where they came from.
    package static func configured(
        environment: [String: String], profileMaxAttempts: String? = nil, profileRetryMode: String? = nil,
        clock: any AWSClock = SystemClock()
    ) throws(RetryConfigurationError) -> StandardRetryStrategy {
        let configuration = try RetryConfiguration.resolve(
            environment: environment, profileMaxAttempts: profileMaxAttempts, profileRetryMode: profileRetryMode)
        return StandardRetryStrategy(configuration: configuration, now: clock.now().timeIntervalSince1970)
    }
}
