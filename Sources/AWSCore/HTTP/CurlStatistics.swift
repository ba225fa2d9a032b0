import Foundation

/// A lock-protected counter for transport statistics.
///
/// `@unchecked Sendable` is safe because the one mutable field is only read and written under `lock`.
final class CurlStatistics: @unchecked Sendable {
    private let lock = NSLock()
    private var connections = 0

    var connectionsOpened: Int {
        lock.lock()
        defer { lock.unlock() }
        return connections
    }

    func add(connections count: Int) {
        lock.lock()
        connections = connections &+ max(0, count)
        lock.unlock()
    }
}
