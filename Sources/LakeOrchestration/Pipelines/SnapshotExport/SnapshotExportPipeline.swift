import AWSCore
import AWSServices

/// `lakectl ingest snapshot` (PRODUCT.md; AWS-NOTES B3): checks first, then a plan, then its changes,
/// then one export task with a deterministic id, waited on, listed and optionally catalogued.
///
/// Order matters: everything that can be checked without writing (snapshot available, bucket exists and
/// is in the snapshot's region, key enabled and symmetric, names valid) is checked before the first
/// write, so a bad request leaves nothing half-made. The plan reads every resource (policy, role, key
/// grant, task; the Glue tables once exported) through its `ResourceKind` before anything is written,
/// so `plan` can show it and `run` applies exactly it. Re-running the same command finds the task it
/// started (same id) before ensuring anything, and resumes waiting.
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

    /// What `run` would change, without writing anything (`ingest snapshot --plan`): the checks, then
    /// the access resources and the export task read and compared; with `--catalog`, the Glue database
    /// and, once the task has finished, its tables.
    package func plan(_ request: SnapshotExportRequest) async throws -> Plan {
        let prepared = try await prepare(request, events: { _ in })
        return try await AccessHints.translating(request: prepared.request) {
            var plan = Plan(prepared.access?.changes ?? [])
            plan.append(prepared.task.change)
            if let database = prepared.request.catalogDatabase {
                if let live = prepared.task.live, live.status == .complete {
                    let tables = try await exportedTables(prepared)
                    let catalog = try await ExportCatalog(client: client).plan(
                        database: database, bucket: prepared.request.bucket, tables: tables,
                        adopt: prepared.request.adopt)
                    for change in catalog.changes { plan.append(change) }
                } else {
                    let step = try await PlannedStep(
                        kind: GlueDatabaseResource(glue: GlueClient(client: client)), desired: .init(name: database))
                    plan.append(step.change)
                }
            }
            return plan
        }
    }

    /// Runs the flow. With `wait: false` it returns as soon as the task is started (or found).
    /// Cancellation while waiting throws `CancellationError` and leaves the task running in AWS.
    package func run(_ request: SnapshotExportRequest, wait: Bool, events: @escaping PipelineEventSink) async throws
        -> SnapshotExportResult
    {
        try await InterruptedFlow.tracking("ingest snapshot", events: events) { events in
            try await runSteps(request, wait: wait, events: events)
        }
    }

    private func runSteps(_ request: SnapshotExportRequest, wait: Bool, events: @escaping PipelineEventSink)
        async throws -> SnapshotExportResult
    {
        let prepared = try await prepare(request, events: events)
        let request = prepared.request
        return try await AccessHints.translating(request: request) {
            var plan = Plan(prepared.access?.changes ?? [])
            plan.append(prepared.task.change)

            // 2. Access (policy, role, key policy), unless the task exists already: then nothing is ensured.
            let access: ExportAccess
            if let accessPlan = prepared.access {
                access = try await accessPlan.apply { step in
                    events(.step(name: step.resource, detail: step.arn, change: step.change))
                }
            } else {
                access = ExportAccess(
                    roleArn: prepared.task.live?.iamRoleArn ?? request.roleArn ?? "", keyArn: prepared.keyArn,
                    steps: [])
            }

            // 3. The task: found (a re-run) or started, with the role as it now exists.
            var desired = prepared.task.desired
            desired.iamRoleArn = access.roleArn
            var (task, started) = try await prepared.task.kind.apply(
                prepared.task.change, desired: desired, live: prepared.task.live)
            let taskId = desired.identifier
            events(.started(what: "export task", id: taskId))
            events(
                .step(name: "export task", detail: "\(taskId) \(task.status)", change: started ? .created : .unchanged))

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

            // 5. What was exported, and the catalog (planned for every table before the first write).
            var tables: [ExportedTable] = []
            var catalog: [CatalogedTable] = []
            if task.status == .complete {
                tables = try await exportedTables(prepared)
                guard !tables.isEmpty else {
                    throw PipelineError.exportMatchedNothing(taskId: taskId, filter: request.exportOnly)
                }
                events(
                    .step(name: "exported tables", detail: tables.map(\.target).joined(separator: ", "), change: nil))
                if let database = request.catalogDatabase {
                    let catalogPlan = try await ExportCatalog(client: client).plan(
                        database: database, bucket: request.bucket, tables: tables, adopt: request.adopt)
                    for change in catalogPlan.changes { plan.append(change) }
                    catalog = try await catalogPlan.apply(events: events)
                }
            }
            return SnapshotExportResult(
                snapshotArn: prepared.snapshotArn, taskId: taskId, started: started, task: task, access: access,
                tables: tables, catalog: catalog, exportLocation: "s3://\(request.bucket)/\(prepared.root)/",
                plan: plan)
        }
    }

    /// Step 1, no writes: the checks (snapshot available, bucket exists in its region, key usable, names
    /// valid), then the existing task, and only when there is none the access it needs.
    private func prepare(_ original: SnapshotExportRequest, events: PipelineEventSink) async throws
        -> PreparedExport
    {
        var request = original
        let location = try S3Location.parse(bucket: original.bucket, prefix: original.prefix)
        request.bucket = location.bucket
        request.prefix = location.prefix
        try SnapshotExportRequest.validate(exportOnly: request.exportOnly)
        if let id = request.taskId, !ExportTaskIdentifier.isValid(id) {
            throw PipelineError.invalidTaskIdentifier(id)
        }
        return try await AccessHints.translating(request: request) {
            let snapshot = try await rds.findSnapshot(request.snapshot)
            guard snapshot.status.lowercased() == "available" else {
                throw PipelineError.snapshotNotAvailable(snapshot: snapshot.identifier, status: snapshot.status)
            }
            events(
                .step(name: "snapshot", detail: "\(snapshot.arn) (\(snapshot.kind.rawValue), available)", change: nil))
            try await s3.headBucket(request.bucket)
            let bucketRegion = try await s3.getBucketLocation(request.bucket)
            let snapshotRegion = snapshot.region ?? client.region
            guard bucketRegion == snapshotRegion else {
                throw PipelineError.bucketInOtherRegion(
                    bucket: request.bucket, bucketRegion: bucketRegion, snapshot: snapshot.identifier,
                    snapshotRegion: snapshotRegion)
            }
            events(.step(name: "bucket", detail: "s3://\(request.bucket) in \(bucketRegion)", change: nil))
            let kmsClient = KMSClient(client: client)
            let key = try await KMSResources(kms: kmsClient).usableKey(request.kmsKey)

            let taskId =
                request.taskId
                ?? ExportTaskIdentifier.derive(
                    snapshotArn: snapshot.arn, bucket: request.bucket, prefix: request.prefix, kmsKeyId: key.arn,
                    exportOnly: request.exportOnly)
            let taskKind = ExportTaskResource(rds: rds)
            var desired = RDSClient.ExportRequest(
                identifier: taskId, sourceArn: snapshot.arn, s3Bucket: request.bucket,
                iamRoleArn: request.roleArn ?? "", kmsKeyId: key.arn,
                s3Prefix: request.prefix.isEmpty ? nil : request.prefix, exportOnly: request.exportOnly)
            // The task first: a re-run (or an operator resuming) needs no IAM or KMS rights at all.
            if let existing = try await taskKind.read(desired) {
                desired.iamRoleArn = existing.iamRoleArn ?? desired.iamRoleArn
                let task = try PlannedStep(kind: taskKind, desired: desired, live: existing)
                return PreparedExport(
                    request: request, snapshotArn: snapshot.arn, keyArn: key.arn, access: nil, task: task)
            }
            try await checkCatalogOwnership(request)
            let access = try await ExportAccessPlan.make(
                iam: IAMResources(iam: IAMClient(client: client)), kms: kmsClient, roleName: request.roleName,
                roleArn: request.roleArn, location: location, keyArn: key.arn)
            desired.iamRoleArn = access.roleArn
            let task = try PlannedStep(kind: taskKind, desired: desired, live: nil)
            return PreparedExport(
                request: request, snapshotArn: snapshot.arn, keyArn: key.arn, access: access, task: task)
        }
    }

    /// With `--catalog` and table names in `--export-only`, the Glue tables the export will write are
    /// known before it starts: one lakectl does not own stops the run here, before the first write.
    /// (Tables of a whole-database export are known only once it finishes; the catalog plan checks
    /// them all before writing any.)
    private func checkCatalogOwnership(_ request: SnapshotExportRequest) async throws {
        guard let database = request.catalogDatabase, !request.adopt else { return }
        let kind = GlueTableResource(glue: GlueClient(client: client))
        for target in request.exportOnly where target.contains(".") {
            let name = ExportedTable.glueTableName(target: target)
            let desired = GlueTableResource.Desired(database: database, input: GlueTableInput(name: name))
            guard let live = try await kind.read(desired), !Ownership.isOwned(live.parameters) else { continue }
            throw ResourceError.tableNotOwned(
                database: database, table: live.name, managedBy: live.parameters?[Ownership.key])
        }
    }

    private func exportedTables(_ prepared: PreparedExport) async throws -> [ExportedTable] {
        let objects = try await s3.listAllObjects(bucket: prepared.request.bucket, prefix: prepared.root + "/")
        return ExportedTable.group(objects, root: prepared.root)
    }
}
