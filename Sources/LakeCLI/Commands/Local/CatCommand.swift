import ArgumentParser
import LakeCodec
import LakeFilter

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
              lakectl cat sales.parquet --where "region = 'EU'" --where "day >= '2024-01-01'" --limit 20
              lakectl cat export.csv --delimiter ';' --output table | head
            """)

    @Argument(help: "The file: Parquet, CSV or JSON lines ('-' reads stdin).")
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
            "Keep rows a row filter keeps (Lake Formation's grammar: = <> < <= > >=, AND/OR/NOT, IN, BETWEEN, LIKE, IS [NOT] NULL).",
            discussion:
                "Repeat for AND. Dates and timestamps compare with 'YYYY-MM-DD[ HH:MM:SS]' strings. Row groups whose statistics rule out a match are not read at all."
        ))
    var predicates: [String] = []

    @Flag(name: .customLong("verify-checksums"), help: "Check page CRCs where the writer stored them.")
    var verifyChecksums = false

    @OptionGroup var csv: CSVReadOptions

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must be zero or more") }
    }

    @OptionGroup var common: CommonOptions

    func run() async throws {
        LoggingSetup.configure(verbosity: common.verbose)
        try ParquetCommandSupport.run {
            let input = try LocalInput.open(file, csv: csv.settings)
            defer { input.remove() }
            let parquet = try ParquetFile.open(input.parquetPath)
            let fields = try parquet.selectFields(ParquetCommandSupport.columnList(columns))
            let names = fields.map { $0.path.joined(separator: ".") }
            // Filter columns are read too (after the selected ones) and dropped before output.
            var readFields = fields
            let filter =
                predicates.isEmpty
                ? nil : try CatWhere.bind(predicates, schema: try ParquetDataset.open(input.parquetPath).schema)
            for column in filter?.columns ?? [] where !readFields.contains(where: { $0.path == [column.path[0]] }) {
                if let node = parquet.schema.field(named: column.path[0]) { readFields.append(node) }
            }
            let readNames = readFields.map { $0.path.joined(separator: ".") }
            let evaluator = filter.map(FilterEvaluator.init)
            let groups = try parquet.rowGroups(matching: filter?.rowGroupPredicates ?? [])
            var remaining = limit ?? Int.max
            var table = StreamingTable(header: names)
            let csvOut = CSVWriter()
            if output == .csv {
                csvOut.appendRow(names)
                StandardStreams.out(csvOut.takeText())
            }
            for group in groups where remaining > 0 {
                try parquet.forEachRowChunk(rowGroup: group, fields: readFields, verifyChecksums: verifyChecksums) {
                    chunk in
                    var rows = chunk
                    if let filter, let evaluator {
                        let batch = try FilterBatch(rows: rows, fieldNames: readNames, filter: filter)
                        rows = evaluator.keptRows(batch).map { rows[Int($0)] }
                    }
                    let kept = rows.prefix(remaining)
                    remaining -= kept.count
                    switch output {
                    case .table:
                        let text = table.add(
                            kept.map { row in row.prefix(names.count).map { ParquetValueOutput.output($0).tableCell } })
                        if !text.isEmpty { StandardStreams.out(text) }
                    case .csv:
                        for row in kept { csvOut.appendRow(row.prefix(names.count).map(ParquetValueOutput.csvField)) }
                        if !kept.isEmpty { StandardStreams.out(csvOut.takeText()) }
                    default:
                        var buffer: [UInt8] = []
                        for row in kept {
                            ParquetJSONLines.appendRow(
                                names: names, values: Array(row.prefix(names.count)), to: &buffer)
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
        }
    }
}
