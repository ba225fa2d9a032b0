import ArgumentParser
import Foundation
import LakeOrchestration

/// `lakectl query results QUERY_ID`: the typed rows of a query started earlier (with `--no-wait`, or to
/// print again without re-running it), printed as `lakectl query` prints them. A query still running is
/// waited for; Ctrl-C then only stops the wait (exit 130) and leaves the query running.
struct QueryResultsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "results", abstract: "Print the typed result of a finished query.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The query execution id.")
    var queryId: String

    @OptionGroup var results: QueryResultOptions

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let pipeline = QueryPipeline(session: try global.session())
            let reporter = StepReporter(global: global)
            let (id, maxRows, fetch) = (queryId, results.maxRows, results.fetchPath)
            let result = try await InterruptSignal.cancellingOnInterrupt {
                let status = try await pipeline.wait(id, stopOnCancel: false, events: reporter.handle)
                return try await pipeline.results(status, maxRows: maxRows, fetch: fetch)
            }
            reporter.finish()
            QueryResultRendering.print(result, as: global.output)
        }
    }
}
