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

    /// As `map`, but the pieces are started costliest first (`cost` estimates each one's work), so the last
    /// pieces to run are the small ones: a worker that finishes early, or whose core the machine gives to
    /// another process for a while, is not left idle behind one large piece while the other works alone.
    /// Results and the error rethrown (the first by index) are those `map` gives.
    static func map<T>(
        _ count: Int, threads: Int, costliestFirst cost: (Int) -> Int, _ body: @Sendable (Int) throws -> T
    ) throws -> [T] {
        let costs = (0..<count).map(cost)
        let order = (0..<count).sorted { costs[$0] != costs[$1] ? costs[$0] > costs[$1] : $0 < $1 }
        let started = try withoutActuallyEscaping(body) { body in
            try map(count, threads: threads) { t in Result { try body(order[t]) } }
        }
        var position = [Int](repeating: 0, count: count)
        for (t, i) in order.enumerated() { position[i] = t }
        return try (0..<count).map { try started[position[$0]].get() }
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
