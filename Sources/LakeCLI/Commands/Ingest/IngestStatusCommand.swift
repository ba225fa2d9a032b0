import AWSCore
import AWSServices
import ArgumentParser
import Foundation

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
            let session = try AWSSession.make(global)
            let rds = RDSClient(client: session.client)
            var tasks: [RDSExportTask]
            if let taskId {
                var task = try await rds.describeExportTask(taskId)
                if watch && !task.status.isFinal {
                    let bar = LockedProgressBar(ProgressBar(global: global))
                    task = try await InterruptSignal.cancellingOnInterrupt {
                        try await rds.waitForExportTask(
                            taskId, clock: SystemClock(), minDelaySeconds: pollInterval,
                            maxDelaySeconds: max(pollInterval, 60)
                        ) { polled in
                            bar.update(
                                percent: polled.percentProgress,
                                label: "\(polled.status)  \(polled.totalExtractedDataInGB) GB extracted")
                        }
                    }
                    bar.finish()
                }
                tasks = [task]
            } else {
                tasks = []
                for try await page in rds.describeExportTasksPages() { tasks += page.tasks }
            }
            let columns = ["taskId", "status", "percentProgress", "source", "s3", "failureCause"]
            let records: [[(String, OutputValue)]] = tasks.map { task in
                [
                    ("taskId", .string(task.identifier)), ("status", .string(task.status.description)),
                    ("percentProgress", .int(Int64(task.percentProgress))), ("source", .string(task.sourceArn)),
                    ("s3", .string("s3://\(task.s3Bucket)/\(task.s3Prefix ?? "")")),
                    ("failureCause", task.failureCause.map(OutputValue.string) ?? .null),
                ]
            }
            StandardStreams.out(RecordRenderer.render(records: records, columns: columns, as: global.output))
            if let task = tasks.first, taskId != nil, task.status == .failed { throw ExitCode(ExitStatus.failure) }
        }
    }
}

/// A progress bar shared with a polling callback. `@unchecked Sendable`: guarded by `lock`.
final class LockedProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private var bar: ProgressBar
    init(_ bar: ProgressBar) { self.bar = bar }
    func update(percent: Int?, label: String) { lock.withLock { bar.update(percent: percent, label: label) } }
    func finish() { lock.withLock { bar.finish() } }
}
