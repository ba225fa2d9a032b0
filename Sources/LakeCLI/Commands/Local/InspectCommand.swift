import ArgumentParser
import LakeCodec

/// `lakectl inspect FILE`: the footer of a Parquet file without reading its data: schema tree with
/// logical types, row groups, and per column chunk the encodings, codec, sizes and statistics.
struct InspectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show the schema, row groups and column chunks of a Parquet file.",
        discussion: """
            Examples:
              lakectl inspect sales.parquet
              lakectl inspect sales.parquet --output json | jq '.rowGroups[0].numRows'
            """)

    @Argument(help: "The Parquet file, local or s3://bucket/key (only its footer is fetched).")
    var file: String

    @Option(help: "Output format: table (for people) or json (stable, for scripts).")
    var output: ReportOutputFormat = .table

    @OptionGroup var common: CommonOptions

    func run() async throws {
        LoggingSetup.configure(verbosity: common.verbose)
        try await ParquetCommandSupport.runAsync {
            let input = try await LocalInput.parquetFooter(file, common: common)
            let parquet = try input.parquetFile()
            input.reportFetched(verbosity: common.verbose)
            if output == .json {
                StandardStreams.out(JSONWriter.pretty(ParquetInspectOutput.json(parquet)))
            } else {
                StandardStreams.out(ParquetInspectOutput.text(parquet))
            }
        }
    }
}
