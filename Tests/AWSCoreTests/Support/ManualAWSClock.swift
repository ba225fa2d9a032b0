import AWSCore
import Foundation

/// A clock that never waits: `sleep` records the requested delay and moves time forward at once.
///
/// `@unchecked Sendable` is safe because both mutable fields are only touched under `lock`.
final class ManualAWSClock: AWSClock, @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date
    private var recorded: [Double] = []

    init(start: Date = Date(timeIntervalSince1970: 1_795_000_000)) {
        current = start
    }

    func now() -> Date {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    func sleep(seconds: Double) async throws {
        try Task.checkCancellation()
        record(seconds)
    }

    private func record(_ seconds: Double) {
        lock.withLock {
            current = current.addingTimeInterval(max(0, seconds))
            recorded.append(seconds)
        }
    }

    func advance(by seconds: Double) {
        lock.lock()
        current = current.addingTimeInterval(max(0, seconds))
        lock.unlock()
    }

    var sleeps: [Double] {
        lock.lock()
        defer { lock.unlock() }
        return recorded
    }
}
