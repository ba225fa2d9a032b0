/// Polls an operation until an acceptor says success or failure, or time runs out — the Smithy waiter
/// algorithm (https://smithy.io/2.0/additional-specs/waiters.html): the delay before attempt n+1 is random
/// in [minDelay, min(maxDelay, minDelay·2^(n−1))], clamped so the last poll lands before the deadline.
/// Time passes through an injected clock, so tests run instantly.
package struct Waiter<Output: Sendable>: Sendable {
    package var name: String
    package var acceptors: [WaiterAcceptor<Output>]
    package var minDelaySeconds: Double
    package var maxDelaySeconds: Double
    /// Total time allowed, measured from the first poll.
    package var maxWaitSeconds: Double

    package init(
        name: String, acceptors: [WaiterAcceptor<Output>], minDelaySeconds: Double = 2, maxDelaySeconds: Double = 120,
        maxWaitSeconds: Double
    ) {
        self.name = name
        self.acceptors = acceptors
        self.minDelaySeconds = max(0, minDelaySeconds)
        self.maxDelaySeconds = max(self.minDelaySeconds, maxDelaySeconds)
        self.maxWaitSeconds = max(0, maxWaitSeconds)
    }

    /// One progress report, sent after each poll that did not finish the wait.
    package struct Progress: Sendable, Equatable {
        package var attempt: Int
        package var elapsedSeconds: Double
        package var nextDelaySeconds: Double
        /// The matching retry acceptor's label, or "no acceptor matched".
        package var observation: String
    }

    /// Polls until success and returns the last reply (nil when success was an error acceptor, such as
    /// "not found" for a deletion). Throws `AWSClientError.waiterFailed` / `.waiterTimedOut`, or the
    /// operation's own error when no acceptor matches it and it is not retryable (`RetryClassifier`);
    /// a retryable error (throttling, 5xx, transport) only costs one poll.
    package func wait(
        clock: any AWSClock, random: @Sendable (ClosedRange<Double>) -> Double = { Double.random(in: $0) },
        progress: (@Sendable (Progress) -> Void)? = nil, poll: @Sendable () async throws -> Output
    ) async throws -> Output? {
        let start = clock.now()
        var attempt = 0
        while true {
            attempt += 1
            try Task.checkCancellation()
            let result: Result<Output, any Error>
            do {
                result = .success(try await poll())
            } catch is CancellationError {
                throw CancellationError()
            } catch {
                result = .failure(error)
            }
            let matched = acceptors.first { $0.matches(result) }
            var transientFailure: String?
            switch matched?.state {
            case .success:
                return try? result.get()
            case .failure:
                throw AWSClientError.waiterFailed(name: name, reason: failureReason(matched, result))
            case .retry:
                break
            case nil:
                // A poll whose call used up its own retries on throttling, a 5xx or a broken connection
                // says nothing about the resource: a wait lasts minutes, so poll again with backoff until
                // the deadline rather than fail a flow whose task has started. Any other error is final.
                if case .failure(let error) = result {
                    guard RetryClassifier.classify(error) != nil else { throw error }
                    transientFailure = "\(error)"
                }
            }
            let elapsed = clock.now().timeIntervalSince(start)
            let remaining = maxWaitSeconds - elapsed
            // Strictly more than minDelay must remain, or the clamp below would poll again at once forever.
            guard remaining > minDelaySeconds, remaining > 0 else {
                throw AWSClientError.waiterTimedOut(name: name, attempts: attempt, seconds: elapsed)
            }
            var delay = random(minDelaySeconds...max(minDelaySeconds, ceiling(attempt: attempt)))
            if remaining - delay <= minDelaySeconds { delay = max(0, remaining - minDelaySeconds) }
            progress?(
                Progress(
                    attempt: attempt, elapsedSeconds: elapsed, nextDelaySeconds: delay,
                    observation: matched.map { $0.label.isEmpty ? "retry" : $0.label }
                        ?? transientFailure.map { "poll failed, trying again: \($0)" } ?? "no acceptor matched"))
            try await clock.sleep(seconds: delay)
        }
    }

    /// minDelay·2^(attempt−1), capped at maxDelay without overflowing.
    func ceiling(attempt: Int) -> Double {
        var value = minDelaySeconds
        var step = 1
        while step < attempt && value < maxDelaySeconds {
            value *= 2
            step += 1
        }
        return min(value, maxDelaySeconds)
    }

    private func failureReason(_ acceptor: WaiterAcceptor<Output>?, _ result: Result<Output, any Error>) -> String {
        if let label = acceptor?.label, !label.isEmpty { return label }
        if case .failure(let error) = result { return "\(error)" }
        return "a failure state was reached"
    }
}
