/// A pipeline stopped on purpose: a check failed before anything was changed, or AWS reported the job
/// itself failed. Each message says what, why and what to do.
package enum PipelineError: Error, Sendable, Equatable, CustomStringConvertible {
    case snapshotNotAvailable(snapshot: String, status: String)
    case bucketInOtherRegion(bucket: String, bucketRegion: String, snapshot: String, snapshotRegion: String)
    case invalidTaskIdentifier(String)
    case exportFailed(taskId: String, cause: String)
    case exportCanceled(taskId: String)
    case exportSourceMismatch(taskId: String, existingSource: String, requestedSource: String)
    /// An `--export-only` entry that is not `database`, `database.table` or `database.schema.table`.
    case invalidExportOnly(name: String, reason: String)
    /// The export finished but wrote no table: the filter matched nothing.
    case exportMatchedNothing(taskId: String, filter: [String])
    /// The caller may not make a call the flow needs: which call, and every action the flow needs.
    case accessDenied(call: String, action: String, needed: [String], roleGiven: Bool)

    package var description: String {
        switch self {
        case .snapshotNotAvailable(let snapshot, let status):
            return
                "snapshot \(snapshot) is \(status), not available; wait until it is (aws rds wait db-snapshot-available) and run again"
        case .bucketInOtherRegion(let bucket, let bucketRegion, let snapshot, let snapshotRegion):
            return "bucket \(bucket) is in \(bucketRegion) but snapshot \(snapshot) is in \(snapshotRegion); "
                + "RDS exports only to a bucket in the snapshot's region: use a bucket in \(snapshotRegion)"
        case .invalidTaskIdentifier(let id):
            return "--task-id \(id) is not a valid export task id: 1-60 letters, digits or hyphens, starting with a "
                + "letter, no trailing or double hyphen"
        case .exportFailed(let taskId, let cause):
            return "export task \(taskId) FAILED: \(cause)"
        case .exportCanceled(let taskId):
            return "export task \(taskId) was canceled; pass a new --task-id to export again"
        case .exportSourceMismatch(let taskId, let existing, let requested):
            return "export task \(taskId) already exists for \(existing), not \(requested); pass another --task-id"
        case .invalidExportOnly(let name, let reason):
            return "--export-only \"\(name)\" is not a valid name: \(reason); "
                + "use database, database.table or database.schema.table, separated by commas"
        case .exportMatchedNothing(let taskId, let filter):
            let what = filter.isEmpty ? "the whole snapshot" : "--export-only \(filter.joined(separator: ","))"
            return "export task \(taskId) finished but exported no table: \(what) matched nothing in the snapshot; "
                + "check the database and table names (lakectl ingest status \(taskId) shows RDS's warnings)"
        case .accessDenied(let call, let action, let needed, let roleGiven):
            var text = "access denied: \(call) needs \(action), which the caller does not have. "
            text += "This flow needs: \(needed.joined(separator: ", "))"
            if !roleGiven {
                text += ". Without IAM rights, pass --role ARN of an existing export role; then no IAM calls are made"
            }
            return text
        }
    }
}
