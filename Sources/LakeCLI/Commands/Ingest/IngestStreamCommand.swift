import ArgumentParser
import Foundation
import LakeOrchestration

/// `lakectl ingest stream NAME`: sends JSON lines (or CSV rows as JSON objects) from a file or stdin to a Firehose delivery stream, N calls
/// in flight, resending only the records Firehose marks failed. The counts go to stdout; oversized and
/// failed records are named by line on stderr. Ctrl-C stops reading, lets the calls in flight finish, and
/// prints the `--skip-lines` value to resume with (exit 130).
struct IngestStreamCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stream",
        abstract: "Send JSON lines to a Firehose delivery stream, batched, in parallel, resending only failures.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The delivery stream name.")
    var name: String

    @Option(help: "The input file, or - for stdin.")
    var file = "-"

    @Option(
        help:
            "jsonl (one JSON record per line) or csv (rows sent as JSON objects named by the header, values typed; a file only)."
    )
    var format = "jsonl"

    @Option(help: "PutRecordBatch calls kept in flight at once (1 to 64).")
    var concurrency = 4

    @Option(name: .customLong("max-batch-records"), help: "Records per call, at most Firehose's 500.")
    var maxBatchRecords = 500

    @Option(name: .customLong("skip-lines"), help: "Skip the first N lines (to resume after Ctrl-C).")
    var skipLines = 0

    func request() -> StreamIngestRequest {
        StreamIngestRequest(
            stream: name, concurrency: concurrency, maxBatchRecords: maxBatchRecords, skipLines: skipLines)
    }

    func validate() throws {
        guard format == "jsonl" || format == "csv" else {
            throw ValidationError("--format \(format) is not supported; use jsonl or csv")
        }
        if format == "csv" && file == "-" {
            throw ValidationError("--format csv reads a file (its header and types are sniffed first): add --file PATH")
        }
        do {
            try request().validate()
        } catch let error as StreamIngestError {
            throw ValidationError(error.description)
        }
    }

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let pipeline = StreamIngestPipeline(session: try global.session())
            let reader: any StreamRecordSource =
                format == "csv" ? try CSVRecordSource(path: file) : try LineReader.source(file)
            let request = request()
            let reporter = StepReporter(global: global)
            let result = try await InterruptSignal.cancellingOnInterrupt {
                try await pipeline.run(request, reader: reader, events: reporter.handle)
            }
            reporter.finish()
            for rejected in result.oversized {
                StandardStreams.err("lakectl: line \(rejected.line): \(rejected.reason)")
            }
            for rejected in result.failed {
                StandardStreams.err("lakectl: line \(rejected.line) was not delivered: \(rejected.reason)")
            }
            StandardStreams.out(RecordRenderer.render(record: StreamRendering.record(result), as: global.output))
            if let resume = result.resumeLine {
                StandardStreams.err(
                    "lakectl: interrupted; every record before line \(resume) was sent. Resume with: "
                        + "lakectl ingest stream \(name) --file \(file) --skip-lines \(resume - 1)")
                throw ExitCode(ExitStatus.interrupted)
            }
            if !result.failed.isEmpty { throw ExitCode(ExitStatus.failure) }
        }
    }
}
