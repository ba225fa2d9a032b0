import Dispatch
import Synchronization

/// Runs independent pieces of decoding work on up to N threads and returns their results in order.
/// Decoding a column chunk is pure CPU over its own bytes, so column chunks of one row group (and
/// per-column profiling) parallelise without locks: each index writes only its own result slot.
enum Parallel {
    /// `body(0) … body(count - 1)`, on `min(threads, count)` threads, results in index order. The first
    /// error by index is rethrown after all work has finished.
    ///
    /// Each worker takes the next index not yet taken, so a worker whose pieces were small (or whose
    /// core was not busy with another process) takes more of them: pieces differ in size (a string
    /// column's chunk against a boolean's), and a fixed split leaves one thread idle while the other
    /// finishes. Which thread runs a piece never changes its result.
    static func map<T>(_ count: Int, threads: Int, _ body: @Sendable (Int) throws -> T) throws -> [T] {
        let workers = min(max(1, threads), count)
        if workers <= 1 { return try (0..<count).map(body) }
        let slots = Slots<T>(count: count)
        defer { slots.release() }
        let next = Atomic<Int>(0)
        withoutActuallyEscaping(body) { body in
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while true {
                    let i = next.wrappingAdd(1, ordering: .relaxed).oldValue
                    guard i < count else { break }
                    slots.store(i, Result { try body(i) })
                }
            }
        }
        return try slots.results()
    }

    /// One result slot per index. `@unchecked Sendable`: workers write disjoint slots, and the slots
    /// are read only after `concurrentPerform` has returned (which orders every write before the read).
    private struct Slots<T>: @unchecked Sendable {
        let base: UnsafeMutableBufferPointer<Result<T, any Error>?>

        init(count: Int) {
            base = .allocate(capacity: count)
            base.initialize(repeating: nil)
        }

        func store(_ i: Int, _ result: Result<T, any Error>) { base[i] = result }

        func results() throws -> [T] {
            var out: [T] = []
            out.reserveCapacity(base.count)
            for case let r? in base { out.append(try r.get()) }
            return out
        }

        func release() {
            _ = base.deinitialize()
            base.deallocate()
        }
    }
}
