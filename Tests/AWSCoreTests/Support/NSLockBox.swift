import Foundation

/// `NSLock.withLock` without the async-context restriction noise in test helpers.
struct NSLockBox: @unchecked Sendable {
    // @unchecked Sendable: NSLock is thread-safe; the struct only holds the reference.
    private let lock = NSLock()

    func run<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}
