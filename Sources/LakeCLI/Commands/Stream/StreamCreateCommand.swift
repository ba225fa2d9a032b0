import ArgumentParser
import Foundation
import LakeOrchestration

/// `lakectl stream create NAME --bucket B`: ensures the delivery role (unless `--role` names one), then the
/// stream, and waits until it is ACTIVE. A re-run with the same options reports `unchanged`; every value
/// Firehose would reject later is refused before the first call.
struct StreamCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Create a DirectPut delivery stream writing to S3, with its delivery role, and wait for ACTIVE.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The stream name (1 to 64 letters, digits, '_', '.' or '-').")
    var name: String

    @Option(help: "The destination bucket.")
    var bucket: String

    @Option(help: "The key prefix for delivered objects; may use !{timestamp:…} (then --error-prefix is required).")
    var prefix: String?

    @Option(name: .customLong("error-prefix"), help: "The key prefix for records Firehose could not deliver.")
    var errorPrefix: String?

    @Option(name: .customLong("buffer-size"), help: "Deliver after this much data, 1 to 128 MB.")
    var bufferSize = "64MB"

    @Option(name: .customLong("buffer-interval"), help: "Deliver after this long, 0 to 900 seconds (300s, 5m).")
    var bufferInterval = "300s"

    @Option(help: "UNCOMPRESSED, GZIP, ZIP, Snappy or HADOOP_SNAPPY.")
    var compression = "UNCOMPRESSED"

    @Option(
        name: .customLong("parquet-table"),
        help: "Convert JSON records to Parquet with this Glue table's schema (DATABASE.TABLE; needs a 64MB+ buffer).")
    var parquetTable: String?

    @Option(
        name: .customLong("kms-key"),
        help: "Encrypt delivered objects with this KMS key (id, ARN or alias); the generated role may use it.")
    var kmsKey: String?

    @Option(
        name: .customLong("log-group"),
        help: "Log delivery errors to this CloudWatch Logs group (created if missing; the generated role may write it)."
    )
    var logGroup: String?

    @Option(name: .customLong("log-stream"), help: "The log stream in --log-group (default DestinationDelivery).")
    var logStream: String?

    @Option(help: "The delivery role's ARN, or `auto` to ensure lakectl-firehose-NAME with a generated policy.")
    var role = "auto"

    @Option(
        name: .customLong("poll-interval"),
        help: ArgumentHelp("Seconds between status polls.", visibility: .hidden))
    var pollInterval: Double?

    func spec() throws -> StreamSpec {
        StreamSpec(
            name: name, bucket: bucket, prefix: prefix, errorPrefix: errorPrefix,
            bufferSizeMB: try StreamQuantity.megabytes(bufferSize),
            bufferIntervalSeconds: try StreamQuantity.seconds(bufferInterval), compression: compression,
            parquetTable: parquetTable, kmsKey: kmsKey, logGroup: logGroup, logStream: logStream)
    }

    func validate() throws {
        do {
            try spec().validate()
        } catch let error as StreamSpecError {
            throw ValidationError(error.description)
        }
        if role != "auto" && !role.hasPrefix("arn:") {
            throw ValidationError("--role must be a role ARN (arn:aws:iam::…:role/…) or auto, not \(role)")
        }
    }

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            var configured = StreamPipeline(session: try global.session())
            if let pollInterval { configured.poll.seconds = pollInterval }
            let pipeline = configured
            let spec = try spec()
            let roleArn = role == "auto" ? nil : role
            let reporter = StepReporter(global: global)
            do {
                let result = try await InterruptSignal.cancellingOnInterrupt {
                    try await pipeline.create(spec, role: roleArn, events: reporter.handle)
                }
                reporter.finish()
                StandardStreams.out(RecordRenderer.render(record: StreamRendering.record(result), as: global.output))
            } catch is CancellationError {
                reporter.finish()
                StandardStreams.err(
                    "lakectl: stopped waiting; the stream may still be CREATING. Check with: lakectl stream show \(name)"
                )
                throw ExitCode(ExitStatus.interrupted)
            }
        }
    }
}
