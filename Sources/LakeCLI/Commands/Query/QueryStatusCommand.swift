import ArgumentParser
import Foundation
import LakeOrchestration

/// `lakectl query status QUERY_ID`: GetQueryExecution, with data scanned and cost. Exits 1 when the query
/// FAILED or was CANCELLED, so scripts can branch on it.
struct QueryStatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Show a query's state, reason, data scanned, cost and rows read and written.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The query execution id.")
    var queryId: String

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let pipeline = QueryPipeline(session: try global.session())
            let status = try await pipeline.status(queryId)
            let runtime = try await pipeline.runtime(status)
            let rows: [(String, OutputValue)] = [
                ("inputRows", runtime?.inputRows.map(OutputValue.int) ?? .null),
                ("outputRows", runtime?.outputRows.map(OutputValue.int) ?? .null),
                ("outputBytes", runtime?.outputBytes.map(OutputValue.int) ?? .null),
            ]
            let record = QueryResultRendering.record(status) + rows
            StandardStreams.out(
                RecordRenderer.render(
                    record: global.output == .table ? UsageRendering.dollars(record) : record, as: global.output))
            if status.state == "FAILED" || status.state == "CANCELLED" { throw ExitCode(ExitStatus.failure) }
        }
    }
}
