import ArgumentParser
import LakeOrchestration

/// `lakectl job status NAME [RUN_ID]`: one run, or the job's runs newest first.
struct JobStatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Show a job's runs, or one run.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The job name.")
    var name: String

    @Argument(help: "A run id; every recent run when left out.")
    var runId: String?

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let runs = try await JobPipeline(session: try global.session()).status(name, runId: runId)
            StandardStreams.out(
                RecordRenderer.render(
                    records: runs.map(JobRendering.record),
                    columns: ["id", "state", "started", "seconds", "dpuSeconds", "error"], as: global.output))
        }
    }
}
