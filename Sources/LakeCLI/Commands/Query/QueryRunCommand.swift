import ArgumentParser
import Foundation
import LakeOrchestration

/// `lakectl query "SQL"`: StartQueryExecution, a progress line while it runs, then the typed rows on stdout
/// and a footer (rows, data scanned, engine time, cost) on stderr. FAILED exits 1 with Athena's reason;
/// Ctrl-C stops the query in AWS, then exits 130.
struct QueryRunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a SQL statement on Athena (the default: lakectl query \"SQL\").")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The SQL statement; `?` placeholders take --param values in order.")
    var sql: String

    @Option(help: "The Glue database unqualified table names refer to.")
    var database: String?

    @Option(help: "The Athena workgroup (default: primary).")
    var workgroup: String?

    @Option(name: .customLong("output-location"), help: "s3://bucket/prefix/ for the result file.")
    var outputLocation: String?

    @Option(
        name: .customLong("param"),
        help: "A value for the next `?` placeholder, as a SQL literal ('paid', 42); repeat for each.")
    var parameters: [String] = []

    @Option(help: "Reuse the result of an identical query run at most this many minutes ago (Athena result reuse).")
    var reuse: Int?

    @Flag(name: .customLong("no-wait"), help: "Print the query id and exit without waiting.")
    var noWait = false

    @OptionGroup var results: QueryResultOptions

    @Flag(
        help:
            "Run the SQL in lakectl itself on the files bound with --data or the Glue tables it names: no Athena, no cost."
    )
    var local = false

    @Option(
        name: .customLong("data"),
        help:
            "With --local: NAME=PATH binds a table to a Parquet/CSV/JSON-lines file or a folder (local or s3://), or to a Glue table DB.TABLE; PATH alone uses the file's stem, DB.TABLE alone TABLE. A DB.TABLE the SQL names but --data does not bind is read from its Glue location too."
    )
    var data: [String] = []

    @Option(
        name: .customLong("as"),
        help: ArgumentHelp(
            "With --local: read each table as this principal (IAM role or user ARN) sees it through its Lake Formation grants"
                + " (with --config: the grants the lake file's teams declare for it, or for a team of that name).",
            valueName: "principal"))
    var principal: String?

    @Option(
        name: .customLong("table-for"),
        help: ArgumentHelp(
            "With --as: the Glue table whose grants apply to a --data table (default: --database's table of that name).",
            valueName: "name=database.table"))
    var tableFor: [String] = []

    @Option(
        help:
            "Write the result as files under s3://bucket/prefix/ (Athena UNLOAD) and list them instead of printing rows."
    )
    var unload: String?

    @Option(name: .customLong("format"), help: "The --unload file format: parquet or csv.")
    var unloadFormat: String = "parquet"

    @Flag(
        name: .customLong("keep-unload"),
        help: "Keep the Parquet files the unload fetch path wrote (removed by default).")
    var keepUnload = false

    @Option(
        name: .customLong("poll-interval"),
        help: ArgumentHelp("Seconds before the first status poll.", visibility: .hidden))
    var pollInterval: Double?

    func validate() throws {
        if sql.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("the SQL statement is empty")
        }
        if let reuse, !(1...10080).contains(reuse) {
            throw ValidationError("--reuse takes 1 to 10080 minutes (Athena's limit is 7 days), got \(reuse)")
        }
        if let unload, !unload.hasPrefix("s3://") {
            throw ValidationError("--unload must be an s3:// URL, got \(unload)")
        }
        if !["parquet", "csv"].contains(unloadFormat) {
            throw ValidationError("--format must be parquet or csv, got \(unloadFormat)")
        }
        if unload == nil && unloadFormat != "parquet" {
            throw ValidationError(
                "--format \(unloadFormat) is the --unload file format; add --unload s3://bucket/prefix/")
        }
        try validateCombinations()
        if let outputLocation, !outputLocation.hasPrefix("s3://") {
            throw ValidationError("--output-location must be an s3:// URL, got \(outputLocation)")
        }
        if !data.isEmpty && !local { throw ValidationError("--data binds tables for --local; add --local") }
        if principal != nil && !local {
            throw ValidationError(
                "--as previews a principal's view with --local; Athena applies the caller's own grants")
        }
        if !tableFor.isEmpty && principal == nil {
            throw ValidationError("--table-for is for --as: add --as PRINCIPAL")
        }
    }

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            if local, let principal {
                try await LocalQuery.runAs(
                    principal: principal, sql: sql, data: data, database: database, tableFor: tableFor,
                    maxRows: results.maxRows, format: global.output, common: global.common)
                return
            }
            if local {
                try await LocalQuery.run(
                    sql: sql, data: data, database: database, maxRows: results.maxRows, format: global.output,
                    common: global.common)
                return
            }
            var pipeline = QueryPipeline(session: try global.session())
            if let pollInterval { pipeline.pollSeconds = (pollInterval, max(pollInterval, pollInterval * 8)) }
            let request = QueryRequest(
                sql: sql, database: database, workgroup: workgroup, outputLocation: outputLocation,
                parameters: parameters, reuseMinutes: reuse)
            if noWait {
                let id =
                    if let target = unload {
                        try await pipeline.startUnload(request, to: target, format: unloadFormat)
                    } else {
                        try await pipeline.start(request)
                    }
                StandardStreams.out(
                    RecordRenderer.render(record: [("queryId", .string(id))], as: global.output))
                return
            }
            let reporter = StepReporter(global: global)
            let (maxRows, fetch, keep) = (results.maxRows, results.fetchPath, keepUnload)
            let configured = pipeline
            do {
                if let target = unload {
                    let format = unloadFormat
                    let written = try await InterruptSignal.cancellingOnInterrupt {
                        try await configured.unload(request, to: target, format: format, events: reporter.handle)
                    }
                    reporter.finish()
                    QueryResultRendering.print(written, as: global.output)
                    return
                }
                let result = try await InterruptSignal.cancellingOnInterrupt {
                    try await configured.run(
                        request, maxRows: maxRows, fetch: fetch, keepUnload: keep, events: reporter.handle)
                }
                reporter.finish()
                QueryResultRendering.print(result, as: global.output)
            } catch is CancellationError {
                reporter.finish()
                let id = reporter.lastStarted?.id ?? "(not started)"
                StandardStreams.err("lakectl: interrupted; query \(id) was stopped in Athena")
                throw ExitCode(ExitStatus.interrupted)
            }
        }
    }
}
