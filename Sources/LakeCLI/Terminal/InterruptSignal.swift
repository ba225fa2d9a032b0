import Dispatch
import Foundation

/// Turns Ctrl-C into Swift task cancellation for the duration of a long wait, so the code that waits can
/// decide what "stop" means (cancel the Athena query, or leave an export running and say how to resume).
/// A second Ctrl-C exits at once with 130, as users expect when the first seems to hang.
enum InterruptSignal {
    /// Runs `body` in a child task; SIGINT cancels it. Restores default SIGINT handling afterwards.
    static func cancellingOnInterrupt<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) async throws -> T {
        let task = Task { try await body() }
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        let count = Counter()
        source.setEventHandler {
            if count.increment() > 1 { exit(130) }
            task.cancel()
        }
        source.resume()
        defer {
            source.cancel()
            signal(SIGINT, SIG_DFL)
        }
        return try await task.value
    }

    /// `@unchecked Sendable`: the count is only touched under the lock.
    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func increment() -> Int {
            lock.withLock {
                value += 1; return value
            }
        }
    }
}
