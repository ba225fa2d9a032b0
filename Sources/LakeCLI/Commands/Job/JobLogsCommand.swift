import ArgumentParser
import LakeOrchestration

/// `lakectl job logs NAME [RUN_ID] [--error]`: a run's output (or error) log from CloudWatch Logs.
struct JobLogsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "logs", abstract: "Print a job run's output log, or its error log with --error.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The job name.")
    var name: String

    @Argument(help: "A run id; the latest run when left out.")
    var runId: String?

    @Flag(help: "Print the error log (/aws-glue/jobs/error) instead of the output log.")
    var error = false

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let lines = try await JobPipeline(session: try global.session()).lines(name, runId: runId, error: error)
            if !lines.isEmpty { StandardStreams.out(lines.joined(separator: "\n")) }
        }
    }
}
