import AWSCore
import AWSServices

/// An RDS snapshot export task with lakectl's deterministic id. A task cannot be changed once started,
/// so the plan is either "create" or "noop"; a task with this id exporting another snapshot is refused.
package struct ExportTaskResource: ResourceKind {
    package static let kind = "rds export task"

    package typealias Desired = RDSClient.ExportRequest
    package typealias Live = RDSExportTask

    package let rds: RDSClient

    package init(rds: RDSClient) {
        self.rds = rds
    }

    package func read(_ desired: Desired) async throws -> RDSExportTask? {
        do {
            return try await rds.describeExportTask(desired.identifier)
        } catch let error as AWSError where error.hasCode(RDSClient.ErrorCode.exportTaskNotFound) {
            return nil
        }
    }

    package static func diff(_ desired: Desired, _ live: RDSExportTask?) throws -> PlannedChange {
        if let live {
            guard live.sourceArn == desired.sourceArn else {
                throw PipelineError.exportSourceMismatch(
                    taskId: desired.identifier, existingSource: live.sourceArn, requestedSource: desired.sourceArn)
            }
            return .noop(kind: kind, id: desired.identifier)
        }
        let prefix = desired.s3Prefix.map { $0.isEmpty ? "" : "/\($0)" } ?? ""
        return PlannedChange(
            action: .create, kind: kind, id: desired.identifier,
            fields: [
                FieldChange("source", old: nil, new: desired.sourceArn),
                FieldChange("destination", old: nil, new: "s3://\(desired.s3Bucket)\(prefix)/\(desired.identifier)/"),
                FieldChange("role", old: nil, new: desired.iamRoleArn),
                FieldChange("kms key", old: nil, new: desired.kmsKeyId),
                FieldChange(
                    "export only", old: nil,
                    new: desired.exportOnly.isEmpty ? "(everything)" : desired.exportOnly.joined(separator: ",")),
            ])
    }

    /// Returns the task, and whether this call started it.
    package func apply(_ change: PlannedChange, desired: Desired, live: RDSExportTask?) async throws
        -> (task: RDSExportTask, started: Bool)
    {
        if change.action != .create, let live { return (live, false) }
        do {
            return (try await rds.startExportTask(desired), true)
        } catch let error as AWSError where error.hasCode(RDSClient.ErrorCode.exportTaskAlreadyExists) {
            // lakectl's own id: a retried start that reached RDS, or another run of the same command.
            guard let found = try await read(desired) else { throw error }
            _ = try Self.diff(desired, found)
            return (found, true)
        }
    }
}
