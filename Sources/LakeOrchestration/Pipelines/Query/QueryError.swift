/// A query that ended without a result. Each message says which query, why, and what to do.
package enum QueryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Athena reported FAILED; `reason` is its StateChangeReason (the engine's message).
    case failed(queryId: String, reason: String)
    /// Athena reported CANCELLED: someone stopped it, or the workgroup's bytes-scanned cutoff did (Athena's
    /// reason then says "Bytes scanned limit was exceeded", and running it again would be cancelled again).
    case cancelled(queryId: String, reason: String?)
    /// Results were asked of a query that has not finished.
    case notFinished(queryId: String, state: String)

    package var queryId: String {
        switch self {
        case .failed(let id, _), .cancelled(let id, _), .notFinished(let id, _): return id
        }
    }

    package var description: String {
        switch self {
        case .failed(let id, let reason):
            return "query \(id) FAILED: \(reason)"
        case .cancelled(let id, let reason?) where reason.contains("Bytes scanned limit"):
            return "query \(id) was CANCELLED (\(reason)); make it scan less (fewer columns, a partition "
                + "filter) or raise the workgroup's cutoff (lakectl workgroup create NAME --bytes-scanned-cutoff SIZE)"
        case .cancelled(let id, let reason):
            return "query \(id) was CANCELLED\(reason.map { " (\($0))" } ?? ""); run it again to get a result"
        case .notFinished(let id, let state):
            return "query \(id) is still \(state); wait for it (lakectl query status \(id)) and ask again"
        }
    }
}
