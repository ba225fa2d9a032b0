import Foundation

/// Time as an input: the signer's date, retry backoff, rate limiting and waiter deadlines all read or wait
/// through this, so tests drive them with a manual clock instead of sleeping.
package protocol AWSClock: Sendable {
    /// Wall-clock time (signing needs real UTC time, deadlines compare against it).
    func now() -> Date
    /// Suspends for `seconds`; throws `CancellationError` when the task is cancelled.
    func sleep(seconds: Double) async throws
}

/// The real clock.
package struct SystemClock: AWSClock {
    package init() {}

    package func now() -> Date { Date() }

    package func sleep(seconds: Double) async throws {
        guard seconds.isFinite, seconds > 0 else { return }
        let nanoseconds = min(seconds, 86_400) * 1_000_000_000
        try await Task.sleep(nanoseconds: UInt64(nanoseconds))
    }
}
