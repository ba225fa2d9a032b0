import Foundation

/// Synchronous work that may block — LakeFilter's scans over S3 objects wait for their bytes (see
/// `S3PartReader`) — run on a thread of its own and awaited, so no thread of Swift's concurrency pool is
/// held while it waits (the pool has as many threads as cores, and the fetches themselves need it).
package enum OwnThread {
    /// `body` on a new thread; returns (or throws) what it did once it has finished. `body` does not escape:
    /// this call does not return before the thread is done with it, so it may use the caller's state.
    package static func run<T>(_ body: () throws -> T) async throws -> T {
        try await withoutActuallyEscaping(body) { escapable in
            // The thread holds only the slot, and empties it before resuming the caller: the closure must
            // be released when this block ends, or the runtime's escape check traps.
            let slot = Slot(escapable)
            let result = try await withCheckedThrowingContinuation {
                (continuation: CheckedContinuation<Outcome<T>, any Error>) in
                Thread.detachNewThread {
                    let outcome = Result { Outcome(try slot.take()()) }
                    continuation.resume(with: outcome)
                }
            }
            return result.value
        }
    }
}

/// The closure handed to the worker thread, taken out exactly once. `@unchecked Sendable`: the caller is
/// suspended while the thread uses it, and `lock` orders the hand-over.
private final class Slot<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var body: (() throws -> T)?

    init(_ body: @escaping () throws -> T) { self.body = body }

    func take() -> () throws -> T {
        lock.lock()
        defer { lock.unlock() }
        let taken = body
        body = nil
        return taken ?? { throw CancellationError() }
    }
}

/// The value the thread hands back. `@unchecked Sendable` because the thread is done with it before the
/// caller resumes.
private struct Outcome<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
