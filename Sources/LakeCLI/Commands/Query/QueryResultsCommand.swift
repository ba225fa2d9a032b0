import ArgumentParser
import Foundation
import LakeOrchestration

/// `lakectl query results QUERY_ID`: the typed rows of a query started earlier (with `--no-wait`, or to
/// print again without re-running it), printed as `lakectl query` prints them. A query still running is
/// waited for; Ctrl-C then only stops the wait (exit 130) and leaves the query running. An UNLOAD (from
/// `lakectl query --unload … --no-wait`) has no rows: its files are listed, as `--unload` lists them.
struct QueryResultsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "results", abstract: "Print the typed result of a finished query.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The query execution id.")
    var queryId: String

    @OptionGroup var results: QueryResultOptions

    /// UNLOAD is a way of running a query, so a query that already ran cannot be fetched through it.
    func validate() throws {
        if results.fetch == "unload" {
            throw ValidationError(
                "--fetch unload re-runs the statement as UNLOAD, which a query that already ran cannot; use --fetch csv or page"
            )
        }
    }

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let pipeline = QueryPipeline(session: try global.session())
            let reporter = StepReporter(global: global)
            let (id, maxRows, fetch) = (queryId, results.maxRows, results.fetchPath)
            let (result, written) = try await InterruptSignal.cancellingOnInterrupt {
                () async throws -> (QueryResult?, QueryUnloadResult?) in
                let status = try await pipeline.wait(id, stopOnCancel: false, events: reporter.handle)
                if let written = try await pipeline.unloadedFiles(status) { return (nil, written) }
                return (try await pipeline.results(status, maxRows: maxRows, fetch: fetch), nil)
            }
            reporter.finish()
            if let written {
                QueryResultRendering.print(written, as: global.output)
            } else if let result {
                QueryResultRendering.print(result, as: global.output)
            }
        }
    }
}
