import AWSCore
import AWSServices
import Foundation

/// `lakectl query`: starts a query on Athena, waits for it with backoff (reporting state, elapsed time and
/// data scanned as progress events), and pages its result into typed values. Ctrl-C (task cancellation)
/// does not leave the query running and billing in AWS: the pipeline stops it, waits until Athena says
/// CANCELLED, and then throws `CancellationError` (the id was reported in a `.started` event).
package struct QueryPipeline: Sendable {
    let athena: AthenaClient
    let clock: any AWSClock
    /// Seconds between status polls: the first delay, doubled after each poll up to the second.
    package var pollSeconds: (min: Double, max: Double) = (0.25, 5)
    /// How long to keep polling for CANCELLED after StopQueryExecution.
    package var cancelWaitSeconds: Double = 60

    package init(client: AWSClient, clock: any AWSClock = SystemClock()) {
        athena = AthenaClient(client: client)
        self.clock = clock
    }

    package init(session: LakeSession, clock: any AWSClock = SystemClock()) {
        self.init(client: session.client, clock: clock)
    }

    /// Starts the query and answers its id (the token makes a retried start run it once).
    package func start(_ request: QueryRequest) async throws -> String {
        try await athena.startQueryExecution(
            AthenaStartQueryRequest(
                queryString: request.sql, clientRequestToken: request.clientRequestToken, database: request.database,
                outputLocation: request.outputLocation, workGroup: request.workgroup,
                executionParameters: request.parameters.isEmpty ? nil : request.parameters,
                resultReuseMaxAgeMinutes: request.reuseMinutes))
    }

    /// Starts, waits and fetches: the whole `lakectl query`. Throws `QueryError` for FAILED or CANCELLED.
    /// - Parameters:
    ///   - maxRows: stop fetching after this many rows (nil: all).
    ///   - fetch: how the rows come back; `.auto` chooses by expected size (`QueryFetch.choose`), asking
    ///     the Glue catalog first for a single-table SELECT whose text does not bound it (`catalogRows`).
    ///   - keepUnload: leave the UNLOAD path's Parquet files in S3 instead of removing them.
    package func run(
        _ request: QueryRequest, maxRows: Int? = nil, fetch: QueryFetch = .auto, keepUnload: Bool = false,
        events: @escaping PipelineEventSink
    ) async throws -> QueryResult {
        let catalogRows = fetch == .auto ? await catalogRows(request, maxRows: maxRows) : nil
        let base = try await unloadBase(request, maxRows: maxRows, fetch: fetch, catalogRows: catalogRows)
        let path =
            fetch == .auto
            ? QueryFetch.choose(
                sql: request.sql, maxRows: maxRows, hasOutputLocation: base != nil,
                reusing: request.reuseMinutes != nil, catalogRows: catalogRows)
            : fetch
        if path == .unload {
            do {
                return try await runUnloaded(request, base: base, maxRows: maxRows, keep: keepUnload, events: events)
            } catch QueryError.failed(let id, let reason) where fetch == .auto && Self.isUnloadRefusal(reason) {
                return try await runAfterRefusedUnload(
                    request, queryId: id, reason: reason, maxRows: maxRows, events: events)
            }
        }
        let id = try await start(request)
        events(.started(what: "query", id: id))
        events(.step(name: "query", detail: id, change: nil))
        let status = try await wait(id, events: events)
        return try await results(status, maxRows: maxRows, fetch: path)
    }

    package func status(_ id: String) async throws -> QueryStatus {
        QueryStatus(try await athena.getQueryExecution(id: id))
    }

    /// Polls until the query is final and returns its status when SUCCEEDED; throws `QueryError.failed`
    /// or `.cancelled` otherwise. On task cancellation it stops the query in AWS first when `stopOnCancel`
    /// (the default: `lakectl query` must not leave a query billing after Ctrl-C); `lakectl query results`
    /// only stops waiting.
    package func wait(_ id: String, stopOnCancel: Bool = true, events: @escaping PipelineEventSink) async throws
        -> QueryStatus
    {
        var delay = pollSeconds.min
        do {
            while true {
                try Task.checkCancellation()
                let status = try await self.status(id)
                // The CLI's progress line adds the elapsed time itself.
                events(
                    .progress(
                        state: status.state, percent: nil,
                        detail: "\(ByteCountText.format(status.dataScannedBytes)) scanned"))
                if status.isFinal { return try Self.succeeded(status) }
                try await clock.sleep(seconds: delay)
                delay = min(pollSeconds.max, delay * 2)
            }
        } catch is CancellationError {
            guard stopOnCancel else { throw CancellationError() }
            // Stop it outside the cancelled task, or the stop call would be cancelled too.
            let pipeline = self
            _ = try? await Task.detached { try await pipeline.cancel(id) }.value
            throw CancellationError()
        }
    }

    /// StopQueryExecution, then polls until the query is final (CANCELLED, or already finished).
    @discardableResult
    package func cancel(_ id: String) async throws -> QueryStatus {
        try await athena.stopQueryExecution(id: id)
        let deadline = clock.now().addingTimeInterval(cancelWaitSeconds)
        var delay = pollSeconds.min
        while true {
            let status = try await self.status(id)
            if status.isFinal || clock.now() >= deadline { return status }
            try await clock.sleep(seconds: delay)
            delay = min(pollSeconds.max, delay * 2)
        }
    }

    /// The rows of a finished query, typed from the column types, the header row dropped from the first
    /// page only (a data row equal to the header on a later page is data).
    package func results(_ id: String, maxRows: Int? = nil, fetch: QueryFetch = .page) async throws -> QueryResult {
        let status = try await self.status(id)
        guard status.isFinal else { throw QueryError.notFinished(queryId: id, state: status.state) }
        return try await results(try Self.succeeded(status), maxRows: maxRows, fetch: fetch)
    }

    /// The rows of a query `wait` reported SUCCEEDED, by `fetch` (`.auto`: the CSV unless one page holds
    /// them; UNLOAD needs the query re-run, so here it means the CSV).
    package func results(_ status: QueryStatus, maxRows: Int?, fetch: QueryFetch) async throws -> QueryResult {
        if let location = status.fetchUnloadLocation {
            return try await unloadedResults(status, location: location, maxRows: maxRows)
        }
        switch Self.resolvedForFinished(fetch, maxRows: maxRows) {
        case .csv, .unload: return try await csvResults(status, maxRows: maxRows)
        case .page, .auto: return try await pagedResults(status, maxRows: maxRows)
        }
    }

    /// The rows of a query `wait` reported SUCCEEDED, paging GetQueryResults.
    package func pagedResults(_ status: QueryStatus, maxRows: Int?) async throws -> QueryResult {
        var columns: [QueryColumn] = []
        var rows: [[QueryValue]] = []
        var first = true
        var truncated = false
        let pageSize = maxRows.map { min(AthenaClient.maxResultsPerPage, max(1, $0 + 1)) }
        pages: for try await page in athena.getQueryResultsPages(id: status.queryId, maxResults: pageSize) {
            if columns.isEmpty {
                columns = page.columns.map {
                    QueryColumn(name: $0.name, type: $0.type, precision: $0.precision, scale: $0.scale)
                }
            }
            var texts = page.rows[...]
            if first && status.statementType != "DDL" && !texts.isEmpty { texts = texts.dropFirst() }
            first = false
            for text in texts {
                if let maxRows, rows.count >= maxRows {
                    truncated = true
                    break pages
                }
                rows.append(
                    columns.indices.map { i in
                        QueryValue(text: i < text.count ? text[i] : nil, athenaType: columns[i].type)
                    })
            }
        }
        return QueryResult(status: status, columns: columns, rows: rows, truncated: truncated)
    }

    static func succeeded(_ status: QueryStatus) throws -> QueryStatus {
        switch status.state {
        case "FAILED": throw QueryError.failed(queryId: status.queryId, reason: status.reason ?? "no reason given")
        case "CANCELLED": throw QueryError.cancelled(queryId: status.queryId, reason: status.reason)
        default: return status
        }
    }
}
