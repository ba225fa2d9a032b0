import ArgumentParser
import Foundation
import LakeOrchestration

/// `lakectl query history`: the queries of a workgroup back to `--since`, one row each, newest first.
struct QueryHistoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List recent Athena queries: id, state, submitted, duration, data scanned, cost, first line of SQL.",
        discussion: """
            Pages ListQueryExecutions (newest first) and reads the queries 50 at a time with \
            BatchGetQueryExecution, stopping at the --since boundary.

            Examples:
              lakectl query history --since 1d
              lakectl query history --workgroup analysts --state FAILED --output json
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "The workgroup (default: primary).")
    var workgroup: String = "primary"

    @Option(help: "How far back: 30m, 12h, 1d, 2w.")
    var since: String = "1d"

    /// Athena's query states; anything else would match no query and print an empty table.
    static let states = ["QUEUED", "RUNNING", "SUCCEEDED", "FAILED", "CANCELLED"]

    @Option(help: "Only queries in this state: QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED.")
    var state: String?

    func validate() throws {
        do { _ = try LookbackWindow.parse(since) } catch { throw ValidationError("\(error)") }
        if let state, !Self.states.contains(state.uppercased()) {
            throw ValidationError(
                "--state must be one of \(Self.states.joined(separator: ", ")), got \(state)")
        }
    }

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let window = try LookbackWindow.parse(since)
            var queries = try await QueryHistory(session: try global.session())
                .queries(workgroup: workgroup, since: Date().addingTimeInterval(-window.seconds))
            if let state { queries = queries.filter { $0.state == state.uppercased() } }
            let columns = ["queryId", "state", "submitted", "durationMillis", "scannedBytes", "costDollars", "sql"]
            let records: [[(String, OutputValue)]] = queries.map { query in
                [
                    ("queryId", .string(query.queryId)), ("state", .string(query.state)),
                    ("submitted", OutputTime.value(query.submitted)), ("durationMillis", .int(query.totalMillis)),
                    ("scannedBytes", .int(query.dataScannedBytes)), ("costDollars", .double(query.costDollars)),
                    (
                        "sql",
                        .string(
                            (query.sql ?? "").split(separator: "\n", omittingEmptySubsequences: true).first.map(
                                String.init) ?? "")
                    ),
                ]
            }
            let shown = global.output == .table ? records.map(UsageRendering.dollars) : records
            StandardStreams.out(RecordRenderer.render(records: shown, columns: columns, as: global.output))
        }
    }
}
