import ArgumentParser
import Foundation
import LakeCodec

/// `lakectl convert IN OUT`: CSV → Parquet, JSON lines → Parquet, Parquet → CSV, Parquet → Parquet.
/// Formats come from the content of IN (a Parquet file starts with `PAR1`), else its extension
/// (.jsonl/.ndjson/.json is JSON lines, anything else CSV), and the extension of OUT. The output is
/// written to `OUT.tmp` and renamed only when complete, so a failed conversion leaves no half-written OUT.
struct ConvertCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert CSV or JSON lines to Parquet, Parquet to CSV, or rewrite a Parquet file.",
        discussion: """
            CSV input: the dialect (delimiter, quoting, header) is sniffed and column types are inferred \
            from a sample as DuckDB does (boolean, bigint, double, date, time, timestamp, otherwise \
            string); empty fields are NULL. JSON lines input (.jsonl, .ndjson, .json; one object per \
            line) is read twice: once to infer a column per top-level member over every record (boolean, \
            bigint, double, timestamp, otherwise string), once to write it; missing members and null are \
            NULL, and nested objects and arrays are stored as JSON text in a column annotated JSON. \
            Parquet → Parquet keeps the schema, nested types included, and re-encodes every column with \
            the chosen compression and row-group size. OUT ending in .csv gets CSV, anything else Parquet. \
            IN `-` reads stdin (its format from its content).

            Examples:
              lakectl convert orders.csv orders.parquet --compression zstd
              gunzip -c events.jsonl.gz | lakectl convert - events.parquet
              lakectl convert export.csv out.parquet --delimiter ';' --no-header --ragged pad
            """)

    @Argument(help: "The input file (CSV, JSON lines or Parquet); '-' reads stdin.")
    var input: String

    @Argument(help: "The output file (.parquet or .csv).")
    var output: String

    @Option(help: "Parquet page compression: snappy, zstd, gzip or none.")
    var compression: ParquetWriterOptions.Codec = .snappy

    @Option(name: .customLong("row-group-rows"), help: "Rows per Parquet row group.")
    var rowGroupRows: Int = 1 << 20

    @Option(
        name: .customLong("row-group-bytes"),
        help: "CSV and JSON lines input: also end a row group once its columns hold about this many bytes.")
    var rowGroupBytes: Int = 128 << 20

    @OptionGroup var csv: CSVReadOptions

    @OptionGroup var threads: ThreadsOption

    func validate() throws {
        if rowGroupRows < 1 { throw ValidationError("--row-group-rows must be at least 1") }
        if rowGroupBytes < 1 { throw ValidationError("--row-group-bytes must be at least 1") }
        if input == output { throw ValidationError("IN and OUT are the same file") }
    }

    @OptionGroup var common: CommonOptions

    func run() async throws {
        LoggingSetup.configure(verbosity: common.verbose)
        try ParquetCommandSupport.run {
            var options = ParquetWriterOptions(
                compression: compression, rowGroupRows: rowGroupRows, rowGroupBytes: rowGroupBytes)
            options.threads = threads.count
            let toCSV = output.lowercased().hasSuffix(".csv")
            let input = self.input == "-" ? try LocalInput.stdinCopy() : self.input
            defer { if self.input == "-" { try? FileManager.default.removeItem(atPath: input) } }
            let format = try LocalInput.format(of: input, named: self.input)
            if format == .parquet {
                let file = try ParquetFile.open(input)
                if toCSV {
                    try Self.parquetToCSV(file, output, threads: threads.count)
                } else {
                    try ParquetRewriter.rewrite(file, to: output, options: options)
                }
            } else {
                if format == .json {
                    guard !toCSV else {
                        throw CodecError.unsupported(
                            what: "JSON lines → CSV: give OUT a .parquet name to convert \(input) to Parquet")
                    }
                    try JSONLinesToParquet.convert(jsonLines: input, to: output, options: options)
                    return
                }
                guard !toCSV else {
                    throw CodecError.unsupported(
                        what: "CSV → CSV: give OUT a .parquet name to convert \(input) to Parquet")
                }
                let settings = csv.settings
                try CSVToParquet.convert(
                    csv: input, to: output, options: options, hints: settings.hints,
                    readerOptions: settings.readerOptions)
            }
        }
    }

    /// Rows as CSV with a header; NULL as an empty field, an empty string as `""`; nested values as JSON-ish
    /// text (as `cat --output csv` prints them).
    static func parquetToCSV(_ file: ParquetFile, _ output: String, threads: Int = 1) throws {
        let fields = try file.selectFields(nil)
        let tmp = output + ".tmp"
        let writer = try CSVWriter(path: tmp)
        do {
            try writer.writeRow(fields.map { $0.path.joined(separator: ".") })
            try file.scan(ScanOptions(threads: threads)) { batch in
                for row in batch.rows() {
                    try writer.writeRow(row.map(ParquetValueOutput.csvField))
                }
                return true
            }
            try writer.close()
            if FileManager.default.fileExists(atPath: output) { try FileManager.default.removeItem(atPath: output) }
            try FileManager.default.moveItem(atPath: tmp, toPath: output)
        } catch {
            try? FileManager.default.removeItem(atPath: tmp)
            throw error
        }
    }
}

extension ParquetWriterOptions.Codec: ExpressibleByArgument {}
