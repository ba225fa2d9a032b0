import AWSCore
import AWSServices

/// `lakectl ingest snapshot` (PRODUCT.md; AWS-NOTES B3): checks first, changes second, then one export
/// task with a deterministic id, waited on, listed and optionally catalogued.
///
/// Order matters: everything that can be checked without writing (snapshot available, bucket exists and
/// is in the snapshot's region, key enabled and symmetric) is checked before the first write, so a bad
/// request leaves nothing half-made. Re-running the same command finds the task it started (same id)
/// and resumes waiting; every ensure step then reports `unchanged`.
package struct SnapshotExportPipeline: Sendable {
    package let client: AWSClient
    package let clock: any AWSClock
    /// Seconds between DescribeExportTasks polls: first and largest (RDS exports take minutes to hours).
    package var pollSeconds: (min: Double, max: Double) = (15, 60)
    package var maxWaitSeconds: Double = 12 * 3600

    package init(client: AWSClient, clock: any AWSClock = SystemClock()) {
        self.client = client
        self.clock = clock
    }

    var rds: RDSClient { RDSClient(client: client) }
    var s3: S3Client { S3Client(client: client) }

    /// Runs the flow. With `wait: false` it returns as soon as the task is started (or found).
    /// Cancellation while waiting throws `CancellationError` and leaves the task running in AWS.
    package func run(_ request: SnapshotExportRequest, wait: Bool, events: @escaping PipelineEventSink) async throws
        -> SnapshotExportResult
    {
        // 1. Checks, no writes.
        let snapshot = try await rds.findSnapshot(request.snapshot)
        guard snapshot.status.lowercased() == "available" else {
            throw PipelineError.snapshotNotAvailable(snapshot: snapshot.identifier, status: snapshot.status)
        }
        events(.step(name: "snapshot", detail: "\(snapshot.arn) (\(snapshot.kind.rawValue), available)", change: nil))
        try await s3.headBucket(request.bucket)
        let bucketRegion = try await s3.getBucketLocation(request.bucket)
        let snapshotRegion = snapshot.region ?? client.region
        guard bucketRegion == snapshotRegion else {
            throw PipelineError.bucketInOtherRegion(
                bucket: request.bucket, bucketRegion: bucketRegion, snapshot: snapshot.identifier,
                snapshotRegion: snapshotRegion)
        }
        events(.step(name: "bucket", detail: "s3://\(request.bucket) in \(bucketRegion)", change: nil))
        let kms = KMSResources(kms: KMSClient(client: client))
        _ = try await kms.usableKey(request.kmsKey)
        if let id = request.taskId, !ExportTaskIdentifier.isValid(id) {
            throw PipelineError.invalidTaskIdentifier(id)
        }

        // 2. Ensure access: policy, role, key policy (each reports created / updated / unchanged).
        let access = try await ExportAccess.ensure(
            iam: IAMResources(iam: IAMClient(client: client)), kms: kms, roleName: request.roleName,
            bucket: request.bucket, prefix: request.prefix.isEmpty ? nil : request.prefix, kmsKey: request.kmsKey)
        for step in access.steps {
            events(.step(name: step.resource, detail: step.arn, change: step.change))
        }

        // 3. The task: found (a re-run) or started.
        let taskId =
            request.taskId
            ?? ExportTaskIdentifier.derive(
                snapshotArn: snapshot.arn, bucket: request.bucket, prefix: request.prefix, kmsKeyId: access.keyArn,
                exportOnly: request.exportOnly)
        var (task, started) = try await findOrStart(
            taskId: taskId, snapshot: snapshot, request: request, access: access)
        events(.started(what: "export task", id: taskId))
        events(.step(name: "export task", detail: "\(taskId) \(task.status)", change: started ? .created : .unchanged))

        // 4. Wait, with progress.
        if wait && !task.status.isFinal {
            task = try await rds.waitForExportTask(
                taskId, clock: clock, minDelaySeconds: pollSeconds.min, maxDelaySeconds: pollSeconds.max,
                maxWaitSeconds: maxWaitSeconds
            ) { polled in
                events(
                    .progress(
                        state: polled.status.description, percent: polled.percentProgress,
                        detail: "\(polled.totalExtractedDataInGB) GB extracted"))
            }
        }
        switch task.status {
        case .failed:
            throw PipelineError.exportFailed(taskId: taskId, cause: task.failureCause ?? "no FailureCause given")
        case .canceled: throw PipelineError.exportCanceled(taskId: taskId)
        default: break
        }

        // 5. What was exported, and the catalog.
        let root = request.prefix.isEmpty ? taskId : "\(request.prefix)/\(taskId)"
        var tables: [ExportedTable] = []
        var catalog: [CatalogedTable] = []
        if task.status == .complete {
            tables = ExportedTable.group(
                try await s3.listAllObjects(bucket: request.bucket, prefix: root + "/"), root: root)
            events(.step(name: "exported tables", detail: tables.map(\.target).joined(separator: ", "), change: nil))
            if let database = request.catalogDatabase {
                catalog = try await ExportCatalog(client: client).ensure(
                    database: database, bucket: request.bucket, tables: tables, events: events)
            }
        }
        return SnapshotExportResult(
            snapshotArn: snapshot.arn, taskId: taskId, started: started, task: task, access: access, tables: tables,
            catalog: catalog, exportLocation: "s3://\(request.bucket)/\(root)/")
    }

    /// The existing task with this id (when it exports the same snapshot), or a newly started one.
    private func findOrStart(
        taskId: String, snapshot: RDSSnapshot, request: SnapshotExportRequest, access: ExportAccess
    ) async throws -> (RDSExportTask, Bool) {
        do {
            let existing = try await rds.describeExportTask(taskId)
            guard existing.sourceArn == snapshot.arn else {
                throw PipelineError.exportSourceMismatch(
                    taskId: taskId, existingSource: existing.sourceArn, requestedSource: snapshot.arn)
            }
            return (existing, false)
        } catch let error as AWSError where error.code == RDSClient.ErrorCode.exportTaskNotFound {
            let task = try await rds.startExportTask(
                RDSClient.ExportRequest(
                    identifier: taskId, sourceArn: snapshot.arn, s3Bucket: request.bucket, iamRoleArn: access.roleArn,
                    kmsKeyId: access.keyArn, s3Prefix: request.prefix.isEmpty ? nil : request.prefix,
                    exportOnly: request.exportOnly))
            return (task, true)
        }
    }
}
