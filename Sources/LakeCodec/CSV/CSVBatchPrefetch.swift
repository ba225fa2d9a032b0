import Dispatch
import Synchronization

/// Tokenizes a `CSVReader`'s next batches on a background thread while the caller converts the current
/// one. In `convert`, tokenizing is about a third of the work and turning fields into typed values
/// another third; on one thread they run one after the other, with this they overlap on two cores.
///
/// At most `depth` batches wait ahead, so memory stays bounded by `depth + 1` batches. A reader error
/// is handed out in order, after the batches before it, and ends the stream. `cancel()` stops the thread
/// and waits for it, so a caller that gives up early (a type error in a later row) leaves nothing running.
///
/// `@unchecked Sendable` for `Reader`: after `init`, only the producer thread touches the reader.
final class CSVBatchPrefetch: Sendable {
    private struct Reader: @unchecked Sendable { let reader: CSVReader }

    private struct State {
        var ready: [Result<CSVBatch?, any Error>] = []
        var cancelled = false
        /// The consumer has taken the end of the stream (nil or an error); `next()` repeats it.
        var ended: Result<CSVBatch?, any Error>?
    }

    private let state = Mutex(State())
    /// Free places in `ready`: the producer waits on it before reading a batch.
    private let free: DispatchSemaphore
    /// Batches (or the end) in `ready`: the consumer waits on it.
    private let filled = DispatchSemaphore(value: 0)
    private let running = DispatchGroup()

    init(_ reader: CSVReader, depth: Int = 2) {
        free = DispatchSemaphore(value: max(1, depth))
        let box = Reader(reader: reader)
        running.enter()
        // A private serial queue has its own thread: the producer blocks on `free` without holding one of
        // the pool's threads that `Parallel.map` uses.
        DispatchQueue(label: "lakectl.csv.prefetch").async { [self] in
            defer { running.leave() }
            while true {
                free.wait()
                if state.withLock({ $0.cancelled }) { return }
                let result = Result { try box.reader.nextBatch() }
                state.withLock { $0.ready.append(result) }
                filled.signal()
                guard case .success(.some) = result else { return }
            }
        }
    }

    /// The next batch, nil at the end; blocks until the producer has it.
    func next() throws -> CSVBatch? {
        if let ended = state.withLock({ $0.ended }) { return try ended.get() }
        filled.wait()
        let result = state.withLock { s in
            let r = s.ready.removeFirst()
            if case .success(.some) = r {} else { s.ended = r }
            return r
        }
        free.signal()
        return try result.get()
    }

    /// Stops reading ahead and waits until the producer thread has returned. Safe to call more than once.
    func cancel() {
        state.withLock { $0.cancelled = true }
        free.signal()
        running.wait()
    }
}
