/// The checked request and its planned resources, between `prepare` and the writes: what `plan`
/// shows and what `run` applies.
struct PreparedExport: Sendable {
    /// The request with `--bucket s3://…` split into bucket and prefix.
    var request: SnapshotExportRequest
    var snapshotArn: String
    var keyArn: String
    /// nil when the task exists already: nothing needs ensuring then.
    var access: ExportAccessPlan?
    var task: PlannedStep<ExportTaskResource>

    /// `prefix/task` (or `task`): where RDS writes the export.
    var root: String {
        let taskId = task.desired.identifier
        return request.prefix.isEmpty ? taskId : "\(request.prefix)/\(taskId)"
    }
}
