import ArgumentParser
import Foundation
import LakeOrchestration

/// `lakectl query status QUERY_ID`: GetQueryExecution, with data scanned and cost. Exits 1 when the query
/// FAILED or was CANCELLED, so scripts can branch on it.
struct QueryStatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Show a query's state, reason, data scanned and cost.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The query execution id.")
    var queryId: String

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let status = try await QueryPipeline(session: try global.session()).status(queryId)
            StandardStreams.out(RecordRenderer.render(record: QueryResultRendering.record(status), as: global.output))
            if status.state == "FAILED" || status.state == "CANCELLED" { throw ExitCode(ExitStatus.failure) }
        }
    }
}
