import ArgumentParser
import LakeCodec

/// `lakectl profile FILE`: per leaf column, count, nulls, min, max, mean (numbers) and a distinct
/// estimate, computed by decoding every value (statistics in the footer may be missing or inexact).
struct ProfileCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile",
        abstract: "Profile the columns of a Parquet, CSV or JSON lines file by decoding every value.",
        discussion: """
            CSV and JSON lines input is typed as `convert` types it, then profiled.

            Examples:
              lakectl profile sales.parquet --columns price,qty
              lakectl profile events.jsonl --output json
            """)

    @Argument(help: "The file: Parquet, CSV or JSON lines ('-' reads stdin), local or s3://bucket/key.")
    var file: String

    @Option(help: "Only these top-level columns, comma separated (default: all).")
    var columns: String?

    @Option(help: "Output format: table (for people) or json (stable, for scripts).")
    var output: ReportOutputFormat = .table

    @Flag(name: .customLong("verify-checksums"), help: "Check page CRCs where the writer stored them.")
    var verifyChecksums = false

    @OptionGroup var csv: CSVReadOptions

    @OptionGroup var threads: ThreadsOption

    @OptionGroup var common: CommonOptions

    func run() async throws {
        LoggingSetup.configure(verbosity: common.verbose)
        try await ParquetCommandSupport.runAsync {
            if let dataset = try await DatasetInput.open(file, common: common) {
                return render(try await profile(dataset))
            }
            let input = try await LocalInput.open(file, csv: csv.settings, common: common)
            defer { input.remove() }
            let parquet = try input.parquetFile()
            let fields = try parquet.selectFields(ParquetCommandSupport.columnList(columns))
            guard input.remote != nil else {
                return render(
                    try parquet.profile(fields: fields, verifyChecksums: verifyChecksums, threads: threads.count))
            }
            // An S3 object: one row group's chunks fetched at a time (those of the previous one released),
            // so memory stays bounded by a row group whatever the object's size.
            var accumulator = ProfileAccumulator(file: parquet, fields: fields)
            for group in 0..<parquet.rowGroupCount {
                try await input.fetch(rowGroups: [group], fields: fields)
                try accumulator.add(parquet, rowGroup: group, verifyChecksums: verifyChecksums, threads: threads.count)
            }
            input.reportFetched(verbosity: common.verbose)
            render(accumulator.finish())
        }
    }

    /// The profiles as a table or JSON on stdout.
    func render(_ profiles: [ColumnProfile]) {
        let records: [[(String, OutputValue)]] = profiles.map { p in
            [
                ("column", .string(p.path)),
                ("type", .string(p.type)),
                ("count", .int(Int64(p.count))),
                ("nulls", .int(Int64(p.nulls))),
                ("nans", p.nans.map { .int(Int64($0)) } ?? .null),
                ("min", p.min.map(ParquetValueOutput.output) ?? .null),
                ("max", p.max.map(ParquetValueOutput.output) ?? .null),
                ("mean", p.mean.map(OutputValue.double) ?? .null),
                ("distinct_estimate", .int(Int64(p.distinct))),
            ]
        }
        let columns = ["column", "type", "count", "nulls", "nans", "min", "max", "mean", "distinct_estimate"]
        if output == .json {
            StandardStreams.out(RecordRenderer.render(records: records, columns: columns, as: .json))
        } else {
            let shortened = records.map { r in r.map { ($0.0, Self.short($0.1)) } }
            StandardStreams.out(RecordRenderer.render(records: shortened, columns: columns, as: .table))
        }
    }

    /// Long cells (strings, binary) cut for the table.
    static func short(_ v: OutputValue) -> OutputValue {
        guard case .string(let s) = v, s.count > 32 else { return v }
        return .string(String(s.prefix(29)) + "...")
    }
}
