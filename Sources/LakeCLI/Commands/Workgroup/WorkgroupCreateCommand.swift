import ArgumentParser
import LakeOrchestration

/// `lakectl workgroup create NAME`: creates the workgroup, or updates the settings that differ; a re-run
/// with the same options reports `unchanged` and writes nothing.
struct WorkgroupCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create", abstract: "Create or update a workgroup; unchanged when it already matches.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The workgroup name (1 to 128 letters, digits, '.', '_' or '-').")
    var name: String

    @Option(name: .customLong("output-location"), help: "s3://bucket/prefix/ for the workgroup's query results.")
    var outputLocation: String?

    @Option(
        name: .customLong("bytes-scanned-cutoff"),
        help: "Cancel any query that scans more than this (bytes, or 10MB, 5GB, 1TB); at least 10 MB.")
    var cutoff: String?

    @Flag(help: "The workgroup's settings override what each query asks for (its output location).")
    var enforce = false

    @Option(help: "A description shown in the console.")
    var description: String?

    func spec() throws -> WorkgroupSpec {
        WorkgroupSpec(
            name: name, outputLocation: outputLocation, bytesScannedCutoff: try cutoff.map(WorkgroupBytes.parse),
            enforce: enforce, description: description)
    }

    func validate() throws {
        do {
            try spec().validate()
        } catch let error as WorkgroupError {
            throw ValidationError(error.description)
        }
    }

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let (workgroup, change) = try await WorkgroupPipeline(session: try global.session()).create(try spec())
            StandardStreams.out(
                RecordRenderer.render(
                    record: WorkgroupRendering.record(workgroup) + [("change", .string(change.summary))],
                    as: global.output))
        }
    }
}

/// `--bytes-scanned-cutoff 10GB`: decimal units as Athena's console and pricing count them.
enum WorkgroupBytes {
    static func parse(_ text: String) throws -> Int64 {
        let units: [(String, Int64)] = [
            ("TB", 1_000_000_000_000), ("GB", 1_000_000_000), ("MB", 1_000_000), ("KB", 1000), ("B", 1),
        ]
        let upper = text.uppercased().trimmingCharacters(in: .whitespaces)
        for (suffix, scale) in units where upper.hasSuffix(suffix) {
            if let value = Int64(upper.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)) {
                return value * scale
            }
        }
        guard let value = Int64(upper) else {
            throw ValidationError("--bytes-scanned-cutoff \(text) is not a size (e.g. 10000000, 10MB, 5GB)")
        }
        return value
    }
}
