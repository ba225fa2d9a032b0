import ArgumentParser
import LakeCodec

/// `lakectl cat FILE`: the rows of a Parquet file, one row group at a time (memory stays bounded by a row
/// group), only the requested columns decoded.
struct CatCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cat",
        abstract: "Print the rows of a Parquet file.",
        discussion: """
            JSON lines by default: integers and floats as numbers (NaN and Infinity as strings), binary as \
            base64, decimals as strings, dates, times and timestamps as ISO-8601 text, lists as arrays, \
            structs as objects, maps as arrays of [key, value].
            """)

    @Argument(help: "The Parquet file.")
    var file: String

    @Option(help: "Only these top-level columns, comma separated (default: all).")
    var columns: String?

    @Option(help: "Stop after this many rows.")
    var limit: Int?

    @Option(help: "Output format: jsonl, csv or table.")
    var output: OutputFormat = .jsonl

    @Flag(name: .customLong("verify-checksums"), help: "Check page CRCs where the writer stored them.")
    var verifyChecksums = false

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must be zero or more") }
        if output == .json { throw ValidationError("cat writes jsonl, csv or table; use --output jsonl") }
    }

    func run() async throws {
        try ParquetCommandSupport.run {
            let parquet = try ParquetFile.open(file)
            let fields = try parquet.selectFields(ParquetCommandSupport.columnList(columns))
            let names = fields.map(\.name)
            var remaining = limit ?? Int.max
            var tableRows: [[(String, OutputValue)]] = []
            if output == .csv { StandardStreams.out(names.map(CSVWriter.field).joined(separator: ",")) }
            for group in 0..<parquet.rowGroupCount where remaining > 0 {
                let rows = try parquet.readRows(rowGroup: group, fields: fields, verifyChecksums: verifyChecksums)
                let records = rows.prefix(remaining).map { row in
                    Array(zip(names, row.map(ParquetValueOutput.output)))
                }
                remaining -= records.count
                switch output {
                case .table: tableRows += records
                case .csv:
                    if !records.isEmpty {
                        StandardStreams.out(
                            records.map { $0.map { CSVWriter.field($0.1.cellText) }.joined(separator: ",") }.joined(separator: "\n"))
                    }
                default:
                    if !records.isEmpty { StandardStreams.out(RecordRenderer.render(records: records, columns: names, as: .jsonl)) }
                }
            }
            if output == .table { StandardStreams.out(RecordRenderer.render(records: tableRows, columns: names, as: .table)) }
        }
    }
}

