import ArgumentParser
import Foundation
import LakeOrchestration

/// `lakectl job run NAME`: starts a run and waits with progress; FAILED prints Glue's ErrorMessage and the
/// last lines of the error log and exits 1; `--follow` streams the output log; Ctrl-C stops the run (130).
struct JobRunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a Glue job and wait for its outcome.",
        discussion: """
            Examples:
              lakectl job run daily-orders --arg day=2024-01-02
              lakectl job run daily-orders --follow
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The job name.")
    var name: String

    @Option(name: .customLong("arg"), help: "A run argument KEY=VALUE over the job's defaults (repeatable).")
    var arguments: [String] = []

    @Flag(name: .customLong("no-wait"), help: "Return once the run has started, printing its id.")
    var noWait = false

    @Flag(help: "Stream the run's output log while it runs.")
    var follow = false

    @Option(
        name: .customLong("poll-interval"),
        help: ArgumentHelp("Seconds between status polls.", visibility: .hidden))
    var pollInterval: Double?

    func validate() throws {
        _ = try JobArguments.parse(arguments)
        if noWait && follow { throw ValidationError("--follow waits for the run; it cannot go with --no-wait") }
    }

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            var configured = JobPipeline(session: try global.session())
            if let pollInterval { configured.poll.seconds = pollInterval }
            let pipeline = configured
            let (name, arguments, wait, follow) = (name, try JobArguments.parse(arguments), !noWait, follow)
            let reporter = StepReporter(global: global)
            do {
                let result = try await InterruptSignal.cancellingOnInterrupt {
                    try await pipeline.run(
                        name, arguments: arguments, wait: wait, follow: follow, events: reporter.handle,
                        output: { line in
                            reporter.finish()
                            StandardStreams.out(line)
                        })
                }
                reporter.finish()
                StandardStreams.out(JobRendering.text(result, as: global.output))
                if wait && !result.succeeded {
                    if global.output == .table {
                        StandardStreams.err("lakectl: error: job \(name) run \(result.runId) \(result.state)")
                    }
                    throw ExitCode(ExitStatus.failure)
                }
            } catch is CancellationError {
                reporter.finish()
                StandardStreams.err("lakectl: interrupted; asked Glue to stop the run of \(name)")
                throw ExitCode(ExitStatus.interrupted)
            } catch {
                reporter.finish()
                throw error
            }
        }
    }
}
