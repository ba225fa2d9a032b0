import ArgumentParser
import Foundation
import LakeOrchestration

/// `lakectl job deploy NAME --script FILE`: uploads the script only if its content changed, then creates the
/// job or updates only the fields that differ. A re-run with nothing changed reports `unchanged` twice.
struct JobDeployCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deploy",
        abstract: "Upload a job script and create or update the Glue job (idempotent).",
        discussion: """
            The script goes to --scripts-location (default s3://aws-glue-assets-ACCOUNT-REGION/scripts/) \
            under its file name. --role auto ensures lakectl-glue-job-NAME with a generated policy.

            Examples:
              lakectl job deploy daily-orders --script jobs/daily_orders.py --arg day=2024-01-01
              lakectl job deploy daily-orders --script jobs/daily_orders.py --worker-type G.2X --workers 4
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The job name.")
    var name: String

    @Option(help: "The local Python script the job runs.")
    var script: String

    @Option(help: "The job's role ARN, or auto for lakectl-glue-job-NAME.")
    var role = "auto"

    @Option(name: .customLong("glue-version"), help: "The Glue version.")
    var glueVersion = "4.0"

    @Option(name: .customLong("worker-type"), help: "G.1X, G.2X, G.4X, G.8X, G.025X or Z.2X.")
    var workerType = "G.1X"

    @Option(help: "The number of workers (2 or more).")
    var workers = 2

    @Option(name: .customLong("arg"), help: "A default job argument KEY=VALUE (repeatable).")
    var arguments: [String] = []

    @Option(name: .customLong("scripts-location"), help: "Where scripts are uploaded, s3://bucket/prefix/.")
    var scriptsLocation: String?

    @Option(
        name: .customLong("data-path"),
        help:
            "An s3://bucket/prefix/ the job reads or writes (repeatable): --role auto covers it and its bucket's KMS key."
    )
    var dataPaths: [String] = []

    func validate() throws {
        _ = try JobArguments.parse(arguments)
        if workers < 2 { throw ValidationError("--workers must be 2 or more (Glue's minimum), not \(workers)") }
        if role != "auto" && !role.hasPrefix("arn:") {
            throw ValidationError("--role must be a role ARN (arn:aws:iam::…:role/…) or auto, not \(role)")
        }
        for path in dataPaths where !path.hasPrefix("s3://") {
            throw ValidationError("--data-path must be an s3:// URL, not \(path)")
        }
        if let scriptsLocation, !scriptsLocation.hasPrefix("s3://") {
            throw ValidationError("--scripts-location must be an s3:// URL, not \(scriptsLocation)")
        }
    }

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            guard let bytes = FileManager.default.contents(atPath: script) else {
                throw ValidationError("cannot read the script \(script): no such file or not readable")
            }
            let spec = JobSpec(
                name: name, script: Array(bytes), scriptFileName: URL(fileURLWithPath: script).lastPathComponent,
                roleArn: role == "auto" ? nil : role, glueVersion: glueVersion, workerType: workerType,
                workers: workers, arguments: try JobArguments.parse(arguments),
                scriptsLocation: try scriptsLocation.map { try S3Location.parse(bucket: $0) },
                dataPaths: try dataPaths.map { try S3Location.parse(bucket: $0) })
            let reporter = StepReporter(global: global)
            let result = try await JobPipeline(session: try global.session()).deploy(spec, events: reporter.handle)
            reporter.finish()
            StandardStreams.out(RecordRenderer.render(record: JobRendering.record(result), as: global.output))
        }
    }
}
