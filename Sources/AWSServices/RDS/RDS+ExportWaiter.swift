import AWSCore

extension RDSClient {
    /// Polls an export task until it reaches a final status (COMPLETE, FAILED or CANCELED) and returns
    /// it, so the caller can show `failureCause` rather than a generic waiter failure. Exports take
    /// minutes to hours, hence the long default delays (Smithy waiter backoff between them).
    /// - Parameters:
    ///   - onPoll: sees every reply (status, PercentProgress, extracted GB) for a progress display.
    ///   - clock: time source for the delays; tests pass a manual clock.
    /// - Throws: `AWSClientError.waiterTimedOut` after `maxWaitSeconds`, or the describe call's error.
    package func waitForExportTask(
        _ identifier: String, clock: any AWSClock, minDelaySeconds: Double = 15, maxDelaySeconds: Double = 60,
        maxWaitSeconds: Double = 6 * 3600, onPoll: (@Sendable (RDSExportTask) -> Void)? = nil
    ) async throws -> RDSExportTask {
        let waiter = Waiter<RDSExportTask>(
            name: "RDS export task \(identifier)",
            acceptors: [
                WaiterAcceptor(.success, .predicate { $0.status.isFinal }),
                WaiterAcceptor(.retry, .predicate { !$0.status.isFinal }, label: "export still running"),
            ],
            minDelaySeconds: minDelaySeconds, maxDelaySeconds: maxDelaySeconds, maxWaitSeconds: maxWaitSeconds)
        let final = try await waiter.wait(clock: clock) {
            let task = try await self.describeExportTask(identifier)
            onPoll?(task)
            return task
        }
        guard let final else {
            throw AWSClientError.invalidResponse(
                service: Self.service.serviceId, operation: "DescribeExportTasks",
                reason: "the waiter ended without a task")
        }
        return final
    }
}
