/// What the client asks before and after each attempt. The strategy decides and keeps the shared
/// budget; the client does the sleeping (through its clock), so one strategy serves real calls and tests.
package protocol RetryStrategy: Sendable {
    /// Total attempts allowed per call, including the first.
    var maxAttempts: Int { get }
    /// Seconds to wait before sending attempt `token.attempt` (adaptive mode's rate limiter; else 0).
    func delayBeforeAttempt(_ token: RetryToken, now: Double) async -> Double
    /// After a failed attempt: seconds to wait before the next one, or nil to give up and throw. Updates
    /// the token (attempt number, cost of this retry).
    func delayBeforeRetry(_ token: inout RetryToken, after error: any Error, now: Double) async -> Double?
    /// After a successful attempt: refunds the budget and lets adaptive mode speed up.
    func recordSuccess(_ token: RetryToken, now: Double) async
}
