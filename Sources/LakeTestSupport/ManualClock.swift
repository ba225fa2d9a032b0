import AWSCore
import Foundation

/// A clock tests move by hand: `sleep` records the requested delay and moves time forward at once, so
/// retries, waiters and credential expiry are tested without sleeping.
///
/// `@unchecked Sendable` is safe because both mutable fields are only touched under `lock`.
package final class ManualClock: AWSClock, @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date
    private var recorded: [Double] = []

    package init(start: Date = Date(timeIntervalSince1970: 1_795_000_000)) {
        current = start
    }

    package convenience init(_ start: Date) {
        self.init(start: start)
    }

    package func now() -> Date {
        lock.withLock { current }
    }

    package func sleep(seconds: Double) async throws {
        try Task.checkCancellation()
        lock.withLock {
            current = current.addingTimeInterval(max(0, seconds))
            recorded.append(seconds)
        }
    }

    /// Moves time forward without recording a sleep.
    package func advance(by seconds: Double) {
        lock.withLock { current = current.addingTimeInterval(seconds) }
    }

    /// Every delay passed to `sleep`, in order.
    package var sleeps: [Double] {
        lock.withLock { recorded }
    }

    /// `now` as a closure, for APIs that take a time source rather than a clock.
    package var closure: @Sendable () -> Date { { [self] in now() } }
}
