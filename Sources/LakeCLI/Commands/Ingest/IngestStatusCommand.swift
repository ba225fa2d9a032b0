import ArgumentParser
import Foundation
import LakeOrchestration

/// `lakectl ingest status [TASK_ID] [--watch]`: DescribeExportTasks, one task or all recent ones.
struct IngestStatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show RDS export tasks (one by id, or all), and with --watch follow one until it ends.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "An export task id; omit to list every export task.")
    var taskId: String?

    @Flag(help: "Poll the task with a progress bar until it is COMPLETE, FAILED or CANCELED.")
    var watch = false

    @Option(
        name: .customLong("poll-interval"), help: ArgumentHelp("Seconds between status polls.", visibility: .hidden))
    var pollInterval: Double = 15

    func validate() throws {
        if watch && taskId == nil { throw ValidationError("--watch needs a TASK_ID") }
    }

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let tasks = ExportTasks(session: try global.session())
            var states: [ExportTaskState]
            if let taskId {
                var task = try await tasks.describe(taskId)
                if watch && !task.isFinal {
                    let reporter = StepReporter(global: global)
                    let pollSeconds = pollInterval
                    task = try await InterruptSignal.cancellingOnInterrupt {
                        try await tasks.watch(taskId, pollSeconds: pollSeconds, events: reporter.handle)
                    }
                    reporter.finish()
                }
                states = [task]
            } else {
                states = try await tasks.list()
            }
            let columns = ["taskId", "status", "percentProgress", "source", "s3", "failureCause"]
            let records: [[(String, OutputValue)]] = states.map { task in
                [
                    ("taskId", .string(task.taskId)), ("status", .string(task.status)),
                    ("percentProgress", .int(Int64(task.percentProgress))), ("source", .string(task.sourceArn)),
                    ("s3", .string(task.s3URL)),
                    ("failureCause", task.failureCause.map(OutputValue.string) ?? .null),
                ]
            }
            StandardStreams.out(RecordRenderer.render(records: records, columns: columns, as: global.output))
            if let task = states.first, taskId != nil, task.isFailed { throw ExitCode(ExitStatus.failure) }
        }
    }
}
