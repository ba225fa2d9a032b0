import AWSCore
import AWSServices
import Foundation

/// `lakectl job deploy|run|status|logs`. Deploy uploads the script only when its bytes changed and creates
/// or updates the job only in the fields that differ; run starts a run and polls it (following its output
/// log when asked); cancelling the wait (Ctrl-C) stops the run with BatchStopJobRun.
package struct JobPipeline: Sendable {
    let glue: GlueClient
    let logs: CloudWatchLogsClient
    let s3: S3Client
    let sts: STSClient
    let kms: KMSClient
    let iam: IAMResources
    let clock: any AWSClock
    /// Seconds between GetJobRun polls, and how many polls before giving up (a day at the default).
    package var poll: (seconds: Double, attempts: Int) = (5, 17_280)

    /// Glue writes a run's print output here and its traceback to the error group (stream = run id).
    package static let outputLog = "/aws-glue/jobs/output"
    package static let errorLog = "/aws-glue/jobs/error"

    package init(client: AWSClient, clock: any AWSClock = SystemClock()) {
        glue = GlueClient(client: client)
        logs = CloudWatchLogsClient(client: client)
        s3 = S3Client(client: client)
        sts = STSClient(client: client)
        kms = KMSClient(client: client)
        iam = IAMResources(iam: IAMClient(client: client))
        self.clock = clock
    }

    package init(session: LakeSession, clock: any AWSClock = SystemClock()) {
        self.init(client: session.client, clock: clock)
    }

    package static func roleName(job: String) -> String { String("lakectl-glue-job-\(job)".prefix(64)) }

    // MARK: deploy

    package func deploy(_ spec: JobSpec, events: @escaping PipelineEventSink) async throws -> JobDeployResult {
        let location = try await scriptsLocation(spec)
        let key = location.prefix.isEmpty ? spec.scriptFileName : "\(location.prefix)/\(spec.scriptFileName)"
        let scriptURL = "s3://\(location.bucket)/\(key)"
        let script = try await ensureScript(bucket: location.bucket, key: key, bytes: spec.script)
        events(.step(name: "script", detail: scriptURL, change: script))
        var roleArn = spec.roleArn ?? ""
        if spec.roleArn == nil {
            let name = Self.roleName(job: spec.name)
            let keys = try await dataKeys(spec.dataPaths, events: events)
            let policy = try await iam.ensureManagedPolicy(
                name: name,
                document: PolicyGenerator.forGlueJob(scripts: location, dataPaths: spec.dataPaths, kmsKeyArns: keys),
                description: "Glue job \(spec.name) (lakectl)")
            events(.step(name: "job policy", detail: policy.arn, change: policy.change))
            let role = try await iam.ensureRole(
                name: name, trust: TrustPolicy.service(PolicyPurpose.glueJob.servicePrincipal ?? ""),
                attach: [policy.arn], description: "Glue job role for \(spec.name) (lakectl)")
            events(.step(name: "job role", detail: role.arn, change: role.change))
            roleArn = role.arn
        }
        let desired = GlueJob(
            name: spec.name, role: roleArn,
            command: GlueJobCommand(name: "glueetl", scriptLocation: scriptURL, pythonVersion: "3"),
            description: "Deployed by lakectl", defaultArguments: spec.arguments, glueVersion: spec.glueVersion,
            workerType: spec.workerType, numberOfWorkers: spec.workers)
        let definition = try await ensureJob(desired)
        events(.step(name: "job", detail: spec.name, change: definition))
        return JobDeployResult(
            job: spec.name, scriptLocation: scriptURL, script: script, definition: definition, roleArn: roleArn)
    }

    /// The default KMS keys (as ARNs, aliases resolved) of the data paths' buckets, each bucket asked once.
    func dataKeys(_ paths: [S3Location], events: PipelineEventSink) async throws -> [String] {
        var keys: [String] = []
        var seen: Set<String> = []
        for bucket in paths.map(\.bucket) where seen.insert(bucket).inserted {
            guard let key = try await s3.defaultKMSKey(bucket) else { continue }
            let arn = key.hasPrefix("arn:") && !key.contains(":alias/") ? key : try await kms.describeKey(key).arn
            events(.step(name: "bucket key", detail: "\(bucket): \(arn)", change: nil))
            if !keys.contains(arn) { keys.append(arn) }
        }
        return keys
    }

    func scriptsLocation(_ spec: JobSpec) async throws -> S3Location {
        if let given = spec.scriptsLocation { return given }
        let account = try await sts.getCallerIdentity().account
        let bucket = "aws-glue-assets-\(account)-\(s3.client.region)"
        do {
            try await s3.headBucket(bucket)
        } catch let error as AWSError where error.statusCode == 404 {
            do {
                try await s3.createBucket(bucket)
            } catch let error as AWSError where error.code == "BucketAlreadyOwnedByYou" {}
        }
        return S3Location(bucket: bucket, prefix: "scripts")
    }

    /// Uploads the script unless the object already holds exactly these bytes.
    func ensureScript(bucket: String, key: String, bytes: [UInt8]) async throws -> Change {
        do {
            let live = try await s3.getObject(bucket: bucket, key: key).bytes
            if live == bytes { return .unchanged }
            _ = try await s3.putObject(bucket: bucket, key: key, bytes: bytes, contentType: "text/x-python")
            return .updated(["content"])
        } catch let error as AWSError where error.statusCode == 404 {
            _ = try await s3.putObject(bucket: bucket, key: key, bytes: bytes, contentType: "text/x-python")
            return .created
        }
    }

    /// Read → compare → create or update; "already exists" after a retried create is "found".
    func ensureJob(_ desired: GlueJob) async throws -> Change {
        let name = desired.name ?? ""
        var live: GlueJob?
        do {
            live = try await glue.getJob(name)
        } catch let error as AWSError where error.hasCode(GlueClient.ErrorCode.entityNotFound) {
            do {
                try await glue.createJob(desired, tags: ["managed-by": "lakectl"])
                return .created
            } catch let error as AWSError
                where error.hasCode(GlueClient.ErrorCode.alreadyExists)
                || error.code == "IdempotentParameterMismatchException"
            {
                live = try await glue.getJob(name)
            }
        }
        let fields = Self.differences(live ?? GlueJob(), desired)
        guard !fields.isEmpty else { return .unchanged }
        try await glue.updateJob(name, desired)
        return .updated(fields)
    }

    static func differences(_ live: GlueJob, _ desired: GlueJob) -> [String] {
        var fields: [String] = []
        if live.role != desired.role { fields.append("role") }
        if live.command?.scriptLocation != desired.command?.scriptLocation { fields.append("script location") }
        if live.glueVersion != desired.glueVersion { fields.append("glue version") }
        if live.workerType != desired.workerType { fields.append("worker type") }
        if live.numberOfWorkers != desired.numberOfWorkers { fields.append("workers") }
        if (live.defaultArguments ?? [:]) != (desired.defaultArguments ?? [:]) { fields.append("arguments") }
        return fields
    }

    // MARK: run

    /// Starts a run and, with `wait`, polls it to the end; `output` receives the output log's lines as
    /// they appear when `follow` is set.
    package func run(
        _ name: String, arguments: [String: String], wait: Bool, follow: Bool, events: @escaping PipelineEventSink,
        output: @escaping @Sendable (String) -> Void = { _ in }
    ) async throws -> JobRunResult {
        let runId = try await start(name, arguments: arguments)
        events(.started(what: "job run", id: runId))
        guard wait else { return JobRunResult(job: name, runId: runId, state: "STARTING", errorLines: []) }
        do {
            return try await waitRun(name, runId: runId, follow: follow, events: events, output: output)
        } catch  where error is CancellationError || Task.isCancelled {
            // A signal that lands during a call may surface as the transport's error rather than
            // CancellationError; the task being cancelled is what counts.
            // This task is cancelled, so its own calls would be refused: the stop goes out from a fresh task.
            let glue = glue
            await Task { _ = try? await glue.batchStopJobRun(name, runIds: [runId]) }.value
            throw CancellationError()
        }
    }

    /// StartJobRun has no idempotency token: a retried call whose first attempt did start a run finds the
    /// job's only slot taken (ConcurrentRunsExceeded). The run that holds it, if it began after this call
    /// did, is ours; otherwise it is someone else's and we say so rather than start a second.
    func start(_ name: String, arguments: [String: String]) async throws -> String {
        let began = clock.now().addingTimeInterval(-5)
        do {
            return try await glue.startJobRun(name, arguments: arguments.isEmpty ? nil : arguments)
        } catch let error as AWSError where error.hasCode(GlueClient.ErrorCode.entityNotFound) {
            throw JobError.notFound(job: name)
        } catch let error as AWSError where error.hasCode(GlueClient.ErrorCode.concurrentRunsExceeded) {
            let runs = try await glue.getJobRuns(name).items.filter { !$0.isFinished }
            if let ours = runs.first(where: { ($0.startedOn ?? .distantPast) >= began }) { return ours.id }
            if let other = runs.first { throw JobError.alreadyRunning(job: name, runId: other.id) }
            // The run holding the slot ended in between: the slot is free now.
            return try await glue.startJobRun(name, arguments: arguments.isEmpty ? nil : arguments)
        }
    }

    func waitRun(
        _ name: String, runId: String, follow: Bool, events: @escaping PipelineEventSink,
        output: @escaping @Sendable (String) -> Void
    ) async throws -> JobRunResult {
        var token: String?
        var run = try await glue.getJobRun(name, runId: runId)
        for attempt in 0..<poll.attempts {
            try Task.checkCancellation()
            if attempt > 0 { run = try await glue.getJobRun(name, runId: runId) }
            if follow { token = try await drain(Self.outputLog, runId, token: token, into: output) }
            if run.isFinished { break }
            let dpu = run.usedDPUSeconds.map { String(format: ", %.0f DPU-s", $0) } ?? ""
            events(.progress(state: run.state, percent: nil, detail: "\(run.executionTime ?? 0)s\(dpu)"))
            if attempt + 1 < poll.attempts { try await clock.sleep(seconds: poll.seconds) }
        }
        var result = JobRunResult(
            job: name, runId: runId, state: run.state, executionSeconds: run.executionTime,
            dpuSeconds: run.usedDPUSeconds,
            errorMessage: run.errorMessage, errorLines: [])
        if !run.isFinished { return result }
        if !result.succeeded { result.errorLines = Array(try await lines(name, runId: runId, error: true).suffix(20)) }
        return result
    }

    /// Hands on every event after `token` and answers the token to continue from. GetLogEvents answers
    /// the same forward token when nothing new has arrived.
    func drain(_ group: String, _ stream: String, token: String?, into output: @Sendable (String) -> Void)
        async throws -> String?
    {
        var token = token
        while true {
            let page: (events: [CloudWatchLogEvent], nextForwardToken: String?)
            do {
                page = try await logs.getLogEvents(group: group, stream: stream, nextToken: token)
            } catch let error as AWSError where error.hasCode(CloudWatchLogsClient.ErrorCode.resourceNotFound) {
                return token  // nothing logged yet
            }
            for event in page.events { output(event.message) }
            if page.events.isEmpty || page.nextForwardToken == nil || page.nextForwardToken == token {
                return page.nextForwardToken ?? token
            }
            token = page.nextForwardToken
        }
    }

    // MARK: status and logs

    /// The named run, or the job's runs newest first (one page).
    package func status(_ name: String, runId: String?) async throws -> [JobRunStatus] {
        try await runs(name, runId: runId).map(JobRunStatus.init)
    }

    func runs(_ name: String, runId: String?) async throws -> [GlueJobRun] {
        do {
            if let runId { return [try await glue.getJobRun(name, runId: runId)] }
            let runs = try await glue.getJobRuns(name).items
            return runs.sorted { ($0.startedOn ?? .distantPast) > ($1.startedOn ?? .distantPast) }
        } catch let error as AWSError where error.hasCode(GlueClient.ErrorCode.entityNotFound) {
            if let runId, (try? await glue.getJob(name)) != nil { throw JobError.runNotFound(job: name, runId: runId) }
            throw JobError.notFound(job: name)
        }
    }

    /// Every line of a run's output (or error) log; the latest run when `runId` is nil.
    package func lines(_ name: String, runId: String?, error: Bool) async throws -> [String] {
        let id: String
        if let runId {
            id = runId
        } else {
            guard let latest = try await runs(name, runId: nil).first else { return [] }
            id = latest.id
        }
        let collected = LineCollector()
        _ = try await drain(error ? Self.errorLog : Self.outputLog, id, token: nil, into: collected.append)
        return collected.lines
    }
}

/// Gathers lines handed to a `@Sendable` sink. `@unchecked Sendable`: every access holds `lock`.
final class LineCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []

    func append(_ line: String) { lock.withLock { stored.append(line) } }
    var lines: [String] { lock.withLock { stored } }
}
