import ArgumentParser
import LakeOrchestration

/// `lakectl ingest cancel TASK_ID`: CancelExportTask. Files RDS already wrote stay in S3 (AWS-NOTES B3).
struct IngestCancelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cancel",
        abstract: "Cancel a running RDS export task (files already written stay in S3).",
        discussion: """
            Example:
              lakectl ingest cancel export-shop-1a2b3c4d
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The export task id.")
    var taskId: String

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let task = try await ExportTasks(session: try global.session()).cancel(taskId)
            StandardStreams.out(
                RecordRenderer.render(
                    record: [("taskId", .string(task.taskId)), ("status", .string(task.status))], as: global.output))
        }
    }
}
