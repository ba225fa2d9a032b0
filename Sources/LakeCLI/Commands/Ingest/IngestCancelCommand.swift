import AWSServices
import ArgumentParser

/// `lakectl ingest cancel TASK_ID`: CancelExportTask. Files RDS already wrote stay in S3 (AWS-NOTES B3).
struct IngestCancelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cancel",
        abstract: "Cancel a running RDS export task (files already written stay in S3).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The export task id.")
    var taskId: String

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let session = try AWSSession.make(global)
            let task = try await RDSClient(client: session.client).cancelExportTask(taskId)
            StandardStreams.out(
                RecordRenderer.render(
                    record: [("taskId", .string(task.identifier)), ("status", .string(task.status.description))],
                    as: global.output))
        }
    }
}
