import AWSServices

/// An RDS export task as lakectl reports it: the state word as the API spells it, progress, where it writes
/// and why it failed.
package struct ExportTaskState: Sendable, Equatable {
    package var taskId: String
    /// STARTING, IN_PROGRESS, COMPLETE, CANCELING, CANCELED, FAILED (or what RDS sent, as sent).
    package var status: String
    package var percentProgress: Int
    package var extractedGB: Int
    package var sourceArn: String
    package var bucket: String
    package var prefix: String?
    package var failureCause: String?
    package var isFinal: Bool
    package var isFailed: Bool
    package var isComplete: Bool

    init(_ task: RDSExportTask) {
        taskId = task.identifier
        status = task.status.description
        percentProgress = task.percentProgress
        extractedGB = task.totalExtractedDataInGB
        sourceArn = task.sourceArn
        bucket = task.s3Bucket
        prefix = task.s3Prefix
        failureCause = task.failureCause
        isFinal = task.status.isFinal
        isFailed = task.status == .failed
        isComplete = task.status == .complete
    }

    /// `s3://bucket/prefix`.
    package var s3URL: String { "s3://\(bucket)/\(prefix ?? "")" }
}

extension SnapshotExportResult {
    /// The task as the CLI reports it.
    package var taskState: ExportTaskState { ExportTaskState(task) }
}
