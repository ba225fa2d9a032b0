import AWSServices

/// An UNLOAD that does not succeed can still leave files behind: Athena writes them while the query runs,
/// so a query stopped by Ctrl-C, cancelled by the workgroup's scan cutoff, or failed part way leaves
/// partial output that no manifest lists and nobody would clean up. Both UNLOAD paths wait through here.
extension QueryPipeline {
    /// `wait(id)`, and when it ends without SUCCEEDED (task cancellation included) removes the objects under
    /// `prefix` that are not in `existing` (what was there before the query started, never touched) before
    /// rethrowing. The removal runs outside the waiting task, so a Ctrl-C does not cancel it too; a removal
    /// that fails is not reported over the error that ended the wait.
    func waitRemovingPartialUnload(
        _ id: String, bucket: String, prefix: String, existing: Set<String> = [],
        events: @escaping PipelineEventSink
    ) async throws -> QueryStatus {
        do {
            return try await wait(id, events: events)
        } catch {
            let s3 = self.s3
            _ = await Task.detached {
                guard let written = try? await s3.listAllObjects(bucket: bucket, prefix: prefix) else { return }
                let partial = written.map(\.key).filter { !existing.contains($0) }
                if !partial.isEmpty { _ = try? await s3.deleteObjects(bucket: bucket, keys: partial) }
            }.value
            throw error
        }
    }
}
