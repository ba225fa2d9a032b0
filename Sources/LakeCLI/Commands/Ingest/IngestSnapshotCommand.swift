import ArgumentParser
import Foundation
import LakeOrchestration

/// `lakectl ingest snapshot`: the five hand-pasted `aws` commands and the polling loop, as one safe,
/// re-runnable command (PRODUCT.md, "What each flow does").
struct IngestSnapshotCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Export an RDS snapshot to S3 as Parquet, creating the role, policy and key grant it needs.",
        discussion: """
            Checks before it changes anything: the snapshot is available, the bucket exists in the snapshot's \
            region, the KMS key is enabled and symmetric. Then it ensures the export policy, the role (trust \
            export.rds.amazonaws.com) and the key policy, starts an export task with a deterministic id and \
            waits with a progress bar. Running the same command again finds that task and resumes waiting; \
            nothing is created twice. With --catalog DB each exported table becomes a Glue table, read from \
            the Parquet footers (no crawler); only tables marked managed-by: lakectl are updated (--adopt takes \
            over others). --plan shows what would change and stops. Ctrl-C stops waiting and leaves the export \
            running.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The DB or cluster snapshot, by name or ARN.")
    var snapshot: String

    @Option(help: "The S3 bucket to export to, or s3://bucket/prefix (must be in the snapshot's region).")
    var bucket: String

    @Option(help: "Key prefix in the bucket.")
    var prefix: String = ""

    @Option(
        name: .customLong("kms-key"), help: "Customer managed KMS key (id, ARN or alias) RDS encrypts the export with.")
    var kmsKey: String

    @Option(help: "The export role's name (created or updated as needed), or the ARN of an existing role used as is.")
    var role: String = "lakectl-rds-export"

    @Option(
        name: .customLong("export-only"), parsing: .upToNextOption,
        help: "Export only these: db, db.table, db.schema.table (separated by spaces or commas).")
    var exportOnly: [String] = []

    @Option(name: .customLong("task-id"), help: "Use this export task id instead of the derived one.")
    var taskId: String?

    @Flag(name: .customLong("no-wait"), help: "Return once the task is started; follow it with `ingest status`.")
    var noWait = false

    @Option(help: "Create or update a Glue table per exported table in this Glue database.")
    var catalog: String?

    @Flag(help: "With --catalog: also update Glue tables of the same name that lakectl did not create.")
    var adopt = false

    @Flag(help: "Print what would be created or changed, and stop (no writes).")
    var plan = false

    @Option(
        name: .customLong("poll-interval"), help: ArgumentHelp("Seconds between status polls.", visibility: .hidden))
    var pollInterval: Double?

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            var configured = SnapshotExportPipeline(session: try global.session())
            if let pollInterval { configured.pollSeconds = (pollInterval, max(pollInterval, pollInterval * 4)) }
            let pipeline = configured
            let request = SnapshotExportRequest(
                snapshot: snapshot, bucket: bucket, prefix: prefix, kmsKey: kmsKey, roleName: role,
                exportOnly: exportOnly,
                taskId: taskId, catalogDatabase: catalog, adopt: adopt)
            if plan {
                StandardStreams.out(PlanRenderer.render(try await pipeline.plan(request), as: global.output))
                return
            }
            let reporter = StepReporter(global: global)
            do {
                let wait = !noWait
                let result = try await InterruptSignal.cancellingOnInterrupt {
                    try await pipeline.run(request, wait: wait, events: reporter.handle)
                }
                reporter.finish()
                StandardStreams.out(SnapshotExportRendering.render(result, as: global.output))
            } catch is CancellationError {
                reporter.finish()
                let resume =
                    reporter.lastStarted.map { "lakectl ingest status \($0.id) --watch" } ?? "lakectl ingest status"
                StandardStreams.err("lakectl: stopped waiting; the export keeps running in AWS. Resume with: \(resume)")
                throw ExitCode(ExitStatus.interrupted)
            }
        }
    }
}
