import Dispatch
import Foundation

/// The result of async work awaited by a thread that must block: LakeFilter's scans are synchronous and
/// ask for S3 bytes in the middle of a scan. Only for threads outside Swift's concurrency pool — the work
/// itself runs on that pool, and blocking one of its few threads (as many as cores) on it could leave
/// none to run it.
enum BlockingWait {
    static func run<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do {
                box.set(.success(try await work()))
            } catch {
                box.set(.failure(error))
            }
            done.signal()
        }
        done.wait()
        return try box.get()
    }
}

/// One result handed from the task to the waiting thread. `@unchecked Sendable`: every access holds `lock`.
private final class ResultBox<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<T, any Error>?

    func set(_ value: Result<T, any Error>) {
        lock.lock()
        defer { lock.unlock() }
        result = value
    }

    func get() throws -> T {
        lock.lock()
        defer { lock.unlock() }
        guard let result else { throw CancellationError() }
        return try result.get()
    }
}
