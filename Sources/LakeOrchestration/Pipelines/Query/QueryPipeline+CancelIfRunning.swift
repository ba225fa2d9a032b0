/// `lakectl query cancel` is re-runnable: a query that has already finished (cancelled by an earlier run,
/// succeeded, failed) is reported as it is, with no StopQueryExecution sent.
extension QueryPipeline {
    /// Stops the query when it is still QUEUED or RUNNING and waits until it is final; `stopped` says
    /// whether this call was the one that stopped it (false: it was already final, nothing was sent).
    package func cancelIfRunning(_ id: String) async throws -> (status: QueryStatus, stopped: Bool) {
        let before = try await status(id)
        if before.isFinal { return (before, false) }
        return (try await cancel(id), true)
    }
}
