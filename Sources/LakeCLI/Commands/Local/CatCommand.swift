import ArgumentParser
import LakeCodec

/// `lakectl cat FILE`: the rows of a Parquet file, one row group at a time (memory stays bounded by a row
/// group), only the requested columns decoded.
struct CatCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cat",
        abstract: "Print the rows of a Parquet, CSV or JSON lines file.",
        discussion: """
            JSON lines by default: integers and floats as numbers (NaN and Infinity as strings), binary as \
            base64, decimals as strings, dates, times and timestamps as ISO-8601 text, lists as arrays, \
            structs as objects, maps as arrays of [key, value]. CSV and JSON lines input is typed as \
            `convert` types it. In CSV output NULL is an empty field and an empty string is "".

            Examples:
              lakectl cat sales.parquet --where "region = 'EU'" --where "day >= 2024-01-01" --limit 20
              lakectl cat export.csv --delimiter ';' --output table | head
            """)

    @Argument(help: "The file: Parquet, CSV or JSON lines ('-' reads stdin), local or s3://bucket/key.")
    var file: String

    @Option(help: "Only these top-level columns, comma separated (default: all).")
    var columns: String?

    @Option(help: "Stop after this many rows.")
    var limit: Int?

    @Option(help: "Output format.")
    var output: RowOutputFormat = .jsonl

    @Option(
        name: .customLong("where"),
        help: ArgumentHelp(
            "Keep rows where a top-level column compares to a value: 'col OP value', OP one of = != < <= > >=.",
            discussion: "Repeat for AND. Row groups whose statistics rule out a match are not read at all."))
    var predicates: [String] = []

    @Flag(name: .customLong("verify-checksums"), help: "Check page CRCs where the writer stored them.")
    var verifyChecksums = false

    @OptionGroup var csv: CSVReadOptions

    @OptionGroup var threads: ThreadsOption

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must be zero or more") }
    }

    @OptionGroup var common: CommonOptions

    func run() async throws {
        LoggingSetup.configure(verbosity: common.verbose)
        try await ParquetCommandSupport.runAsync {
            let input = try await LocalInput.open(file, csv: csv.settings, common: common)
            defer { input.remove() }
            let parquet = try input.parquetFile()
            let fields = try parquet.selectFields(ParquetCommandSupport.columnList(columns))
            let names = fields.map { $0.path.joined(separator: ".") }
            let parsed = try predicates.map(RowGroupPredicate.parse)
            if input.remote != nil {
                // An S3 object: fetch the chunks the scan reads (selected and --where columns) in the row
                // groups the statistics keep, with ranged GETs, before the synchronous scan runs.
                var readFields = fields
                for p in parsed where !readFields.contains(where: { $0.path.joined(separator: ".") == p.column }) {
                    guard let node = parquet.schema.field(named: p.column) else { continue }
                    readFields.append(node)
                }
                let bound = try parsed.compactMap { p -> RowGroupPredicate? in
                    guard let node = parquet.schema.field(named: p.column), let leaf = node.leafIndex else { return nil }
                    return try p.bound(to: parquet.schema.columns[leaf])
                }
                try await input.fetch(rowGroups: try parquet.rowGroups(matching: bound), fields: readFields)
            }
            let options = ScanOptions(
                columns: ParquetCommandSupport.columnList(columns),
                predicates: parsed,
                batchRows: 4096, threads: threads.count, verifyChecksums: verifyChecksums)
            var remaining = limit ?? Int.max
            var table = StreamingTable(header: names)
            let csvOut = CSVWriter()
            if output == .csv {
                csvOut.appendRow(names)
                StandardStreams.out(csvOut.takeText())
            }
            if remaining > 0 {
                try parquet.scan(options) { batch in
                    let kept = batch.rows().prefix(remaining)
                    remaining -= kept.count
                    switch output {
                    case .table:
                        let text = table.add(kept.map { row in row.map { ParquetValueOutput.output($0).tableCell } })
                        if !text.isEmpty { StandardStreams.out(text) }
                    case .csv:
                        for row in kept { csvOut.appendRow(row.map(ParquetValueOutput.csvField)) }
                        if !kept.isEmpty { StandardStreams.out(csvOut.takeText()) }
                    default:
                        var buffer: [UInt8] = []
                        for row in kept {
                            ParquetJSONLines.appendRow(names: names, values: row, to: &buffer)
                            buffer.append(UInt8(ascii: "\n"))
                        }
                        if !buffer.isEmpty { StandardStreams.out(String(decoding: buffer, as: UTF8.self)) }
                    }
                    return remaining > 0
                }
            }
            if output == .table {
                let rest = table.finish()
                if !rest.isEmpty { StandardStreams.out(rest) }
            }
            input.reportFetched(verbosity: common.verbose)
        }
    }
}
