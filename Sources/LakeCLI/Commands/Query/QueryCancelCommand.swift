import ArgumentParser
import Foundation
import LakeOrchestration

/// `lakectl query cancel QUERY_ID`: StopQueryExecution, then waits until Athena reports the query final and
/// prints its status and `change`: `cancelled`, or `unchanged` for a query that had already finished (it
/// keeps its state and nothing is sent, so a second run reports `unchanged`).
struct QueryCancelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cancel", abstract: "Stop a running query in Athena and wait until it is cancelled.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The query execution id.")
    var queryId: String

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let (status, stopped) = try await QueryPipeline(session: try global.session()).cancelIfRunning(queryId)
            let record =
                QueryResultRendering.record(status) + [("change", .string(stopped ? "cancelled" : "unchanged"))]
            StandardStreams.out(
                RecordRenderer.render(
                    record: global.output == .table ? UsageRendering.dollars(record) : record, as: global.output))
        }
    }
}
