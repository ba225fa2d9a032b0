import Foundation

/// The adaptive retry mode's client-side rate limiter: a token bucket whose fill rate follows a CUBIC
/// curve — cut to β × the measured send rate on throttling, then grown back (botocore
/// `retries/adaptive.py`, `bucket.py`, `cubic.py`; AWS-NOTES B7: β 0.7, scale 0.4, smoothing 0.8,
/// minimum fill rate 0.5/s, minimum capacity 1). It stays out of the way until the first throttle.
///
/// Times are seconds on any monotonic-enough axis (the client passes its clock's time).
package actor AdaptiveRateLimiter {
    static let beta = 0.7
    static let scale = 0.4
    static let smoothing = 0.8
    static let minFillRate = 0.5
    static let minCapacity = 1.0
    static let bucketWidth = 0.5

    package private(set) var enabled = false
    // Token bucket.
    private var maxRate = 1.0
    private var fillRate = 1.0
    private var capacity = 1.0
    private var tokens = 1.0
    private var lastRefill: Double?
    // CUBIC.
    private var lastMaxRate = 0.0
    private var lastThrottle: Double
    private var zeroPoint = 0.0
    // Measured send rate.
    private var measuredRate = 0.0
    private var requestCount = 0.0
    private var lastBucket: Double

    package init(now: Double) {
        self.lastThrottle = now
        self.lastBucket = (now * 2).rounded(.down) / 2
    }

    /// Reserves a send token and returns how long to wait before sending (0 when not enabled).
    /// Reservations may take the bucket below zero, which queues later callers behind earlier ones.
    package func acquireDelay(now: Double) -> Double {
        guard enabled else { return 0 }
        refill(now: now)
        if tokens >= 1 {
            tokens -= 1
            return 0
        }
        let wait = (1 - tokens) / fillRate
        tokens -= 1
        return wait.isFinite ? max(0, wait) : 0
    }

    /// Records a response: throttled or not, and adjusts the bucket's rate.
    package func record(throttled: Bool, now: Double) {
        let measured = updateMeasuredRate(now: now)
        let newRate: Double
        if throttled {
            let rateToUse = enabled ? min(measured, maxRate) : measured
            lastMaxRate = rateToUse
            zeroPoint = cbrt(lastMaxRate * (1 - Self.beta) / Self.scale)
            lastThrottle = now
            newRate = rateToUse * Self.beta
            enabled = true
        } else {
            let dt = now - lastThrottle - zeroPoint
            newRate = Self.scale * dt * dt * dt + lastMaxRate
        }
        setMaxRate(min(newRate, 2 * measured), now: now)
    }

    /// The current send-rate ceiling in requests per second (for logs and tests).
    package var currentFillRate: Double { fillRate }

    private func setMaxRate(_ rate: Double, now: Double) {
        refill(now: now)
        let safe = rate.isFinite ? rate : Self.minFillRate
        maxRate = max(safe, 0)
        fillRate = max(safe, Self.minFillRate)
        capacity = max(safe, Self.minCapacity)
        tokens = min(tokens, capacity)
    }

    private func refill(now: Double) {
        guard let last = lastRefill else {
            lastRefill = now
            return
        }
        let elapsed = max(0, now - last)
        tokens = min(capacity, tokens + elapsed * fillRate)
        lastRefill = now
    }

    private func updateMeasuredRate(now: Double) -> Double {
        let bucket = (now * 2).rounded(.down) / 2
        requestCount += 1
        if bucket > lastBucket {
            let current = requestCount / (bucket - lastBucket)
            measuredRate = current * Self.smoothing + measuredRate * (1 - Self.smoothing)
            requestCount = 0
            lastBucket = bucket
        }
        return measuredRate
    }
}
