import Foundation

/// Reads a pipe (stdin) through a `LineReader` on a dedicated thread and hands the records over to the
/// pipeline's task. A `read(2)` on a quiet pipe can block forever; done on a cooperative thread it held one
/// of the pool's few threads, and the reading loop only saw Ctrl-C once another line (or the end of the
/// input) arrived. Here `next()` suspends instead of blocking, and cancelling the waiting task ends it at
/// once (it answers nil), whatever the producer on the other end of the pipe is doing.
///
/// Memory stays bounded: the reading thread stops once `capacityBytes` of records are waiting (always
/// letting at least one through) until the pipeline takes some.
///
/// `@unchecked Sendable`: every mutable field is touched only under `condition`'s lock.
package final class PipeRecordSource: StreamRecordSource, @unchecked Sendable {
    private let reader: LineReader
    private let capacityBytes: Int
    private let condition = NSCondition()
    private var waiting: [Result<StreamRecord?, any Error>] = []
    private var head = 0
    private var waitingBytes = 0
    private var consumer: CheckedContinuation<StreamRecord?, any Error>?
    private var started = false
    /// Set when the pipeline stopped waiting (cancelled): the reading thread then ends at its next record.
    private var stopped = false
    /// Set when the reading thread has handed over its last item (the end of the input or an error).
    private var finished = false
    private var handedOut = 0

    package init(_ reader: LineReader, capacityBytes: Int = 8 << 20) {
        self.reader = reader
        self.capacityBytes = capacityBytes
    }

    package var lineNumber: Int { condition.withLock { handedOut } }

    package func next() async throws -> StreamRecord? {
        startReading()
        let record = try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<StreamRecord?, any Error>) in
                condition.lock()
                if head < waiting.count {
                    let item = take()
                    condition.unlock()
                    continuation.resume(with: item)
                } else if stopped || finished {
                    condition.unlock()
                    continuation.resume(returning: nil)
                } else {
                    consumer = continuation
                    condition.unlock()
                }
            }
        } onCancel: {
            condition.lock()
            stopped = true
            let waiter = consumer
            consumer = nil
            condition.broadcast()
            condition.unlock()
            waiter?.resume(returning: nil)
        }
        if let record { condition.withLock { handedOut = record.line } }
        return record
    }

    /// Removes the oldest waiting item; the caller holds the lock.
    private func take() -> Result<StreamRecord?, any Error> {
        let item = waiting[head]
        head += 1
        if case .success(let record?) = item { waitingBytes -= record.bytes.count }
        if head == waiting.count {
            waiting.removeAll(keepingCapacity: true)
            head = 0
        }
        condition.broadcast()
        return item
    }

    private func startReading() {
        let start = condition.withLock {
            defer { started = true }
            return !started
        }
        guard start else { return }
        let thread = Thread { [self] in readAll() }
        thread.name = "lakectl-stdin"
        thread.start()
    }

    /// The reading thread: one record at a time into `waiting` (or straight to a waiting `next()`), until
    /// the end of the input, an error, or the pipeline stops waiting.
    private func readAll() {
        while true {
            let item = Result { try reader.next() }
            var last = true
            if case .success(.some) = item { last = false }
            condition.lock()
            while !stopped && head < waiting.count && waitingBytes >= capacityBytes { condition.wait() }
            if stopped {
                condition.unlock()
                return
            }
            if last { finished = true }
            if let waiter = consumer {
                consumer = nil
                condition.unlock()
                waiter.resume(with: item)
            } else {
                waiting.append(item)
                if case .success(let record?) = item { waitingBytes += record.bytes.count }
                condition.unlock()
            }
            if last { return }
        }
    }
}
