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
            // Predicate columns are read too (after the selected ones) and dropped before output.
            var readFields = fields
            var filterIndex: [Int] = []
            var filters: [RowGroupPredicate] = []
            for text in predicates {
                let p = try RowGroupPredicate.parse(text)
                guard let node = parquet.schema.field(named: p.column), let leaf = node.leafIndex, !node.isRepeated
                else {
                    throw CodecError.unsupported(
                        what: "--where needs a top-level, non-nested column; '\(p.column)' is not one")
                }
                let bound = try p.bound(to: parquet.schema.columns[leaf])
                filters.append(bound)
                if let k = readFields.firstIndex(where: { $0.path.joined(separator: ".") == p.column }) {
                    filterIndex.append(k)
                } else {
                    filterIndex.append(readFields.count)
                    readFields.append(node)
                }
            }
            let groups = try parquet.rowGroups(matching: filters)
            var remaining = limit ?? Int.max
            var table = StreamingTable(header: names)
            let csvOut = CSVWriter()
            if output == .csv {
                csvOut.appendRow(names)
                StandardStreams.out(csvOut.takeText())
            }
            for group in groups where remaining > 0 {
                try await input.fetch(rowGroups: [group], fields: readFields)
                try parquet.forEachRowChunk(rowGroup: group, fields: readFields, verifyChecksums: verifyChecksums) {
                    chunk in
                    var rows = chunk
                    if !filters.isEmpty {
                        rows = rows.filter { row in zip(filters, filterIndex).allSatisfy { $0.matches(row[$1]) } }
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
            input.reportFetched(verbosity: common.verbose)
        }
    }
}
