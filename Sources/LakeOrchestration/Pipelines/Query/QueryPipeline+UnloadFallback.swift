import Foundation

extension QueryPipeline {
    /// Whether a FAILED UNLOAD failed for being an UNLOAD rather than for its SQL: Athena names UNLOAD
    /// (an engine without it, a format it cannot write), says NOT_SUPPORTED, or refuses repeated column
    /// names, which a result may have but files may not. Any other reason (a missing column, bad data)
    /// would fail the statement as written too, so it is reported once instead of running a second query.
    static func isUnloadRefusal(_ reason: String) -> Bool {
        let text = reason.lowercased()
        return ["unload", "not_supported", "specified more than once"].contains { text.contains($0) }
    }

    /// The result CSV is the fallback where UNLOAD is not allowed: when the UNLOAD that `auto` chose was
    /// refused (`isUnloadRefusal`), the statement runs as written and its rows come from the result CSV.
    /// The second start has its own token, derived from the request's (Athena refuses one token for two
    /// statements), so a retried start still runs it once.
    func runAfterRefusedUnload(
        _ request: QueryRequest, queryId: String, reason: String, maxRows: Int?, events: @escaping PipelineEventSink
    ) async throws -> QueryResult {
        let firstLine = reason.split(separator: "\n").first.map(String.init) ?? reason
        events(
            .step(
                name: "fetch",
                detail: "UNLOAD query \(queryId) failed (\(firstLine)); running the statement as written",
                change: nil))
        var plain = request
        plain.clientRequestToken = request.clientRequestToken + "-csv"
        let id = try await start(plain)
        events(.started(what: "query", id: id))
        events(.step(name: "query", detail: id, change: nil))
        let status = try await wait(id, events: events)
        return try await results(status, maxRows: maxRows, fetch: .csv)
    }
}
