import ArgumentParser
import Foundation
import LakeOrchestration

/// `lakectl query cancel QUERY_ID`: StopQueryExecution, then waits until Athena reports the query final and
/// prints its status (a query that had already finished keeps its state).
struct QueryCancelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cancel", abstract: "Stop a running query in Athena and wait until it is cancelled.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The query execution id.")
    var queryId: String

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let status = try await QueryPipeline(session: try global.session()).cancel(queryId)
            StandardStreams.out(RecordRenderer.render(record: QueryResultRendering.record(status), as: global.output))
        }
    }
}
