import Foundation

/// A clock the test moves by hand, so expiry and refresh windows are tested without sleeping.
/// `@unchecked Sendable` is safe: `current` is only touched while holding `lock`.
final class ManualClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date = Date(timeIntervalSince1970: 1_900_000_000)) {
        current = start
    }

    func now() -> Date {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    func advance(by seconds: TimeInterval) {
        lock.lock()
        defer { lock.unlock() }
        current = current.addingTimeInterval(seconds)
    }

    var closure: @Sendable () -> Date { { [self] in now() } }
}
