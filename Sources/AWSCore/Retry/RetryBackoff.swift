/// Truncated binary exponential backoff with full jitter: `rand(0,1) × min(base × 2^(attempt−1), cap)`
/// (botocore standard mode, AWS-NOTES B7: base 1 s, cap 20 s). Randomness is injected so tests can pin it.
package struct RetryBackoff: Sendable {
    package var baseSeconds: Double
    package var capSeconds: Double
    /// Extra room a server `Retry-After` hint may add beyond the computed delay (botocore: t_i + 5 s).
    package var retryAfterAllowanceSeconds: Double
    package var random: @Sendable () -> Double

    package init(
        baseSeconds: Double = 1, capSeconds: Double = 20, retryAfterAllowanceSeconds: Double = 5,
        random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }
    ) {
        self.baseSeconds = baseSeconds
        self.capSeconds = capSeconds
        self.retryAfterAllowanceSeconds = retryAfterAllowanceSeconds
        self.random = random
    }

    /// Delay before retry number `retry` (1 for the first retry). A server hint replaces the jittered
    /// value, clamped to [0, computed + allowance] and to the cap.
    package func delay(beforeRetry retry: Int, serverHint: Double? = nil) -> Double {
        let exponent = Double(min(max(0, retry - 1), 62))
        let ceiling = min(baseSeconds * pow2(exponent), capSeconds)
        let jitter = min(max(random(), 0), 1)
        let computed = jitter * ceiling
        guard let hint = serverHint, hint.isFinite else { return computed }
        return min(max(hint, 0), computed + retryAfterAllowanceSeconds, capSeconds)
    }

    private func pow2(_ exponent: Double) -> Double {
        var value = 1.0
        var remaining = exponent
        while remaining > 0 {
            value *= 2
            remaining -= 1
        }
        return value
    }
}
