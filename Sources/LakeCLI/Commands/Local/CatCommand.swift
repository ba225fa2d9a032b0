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
            "Keep rows a row filter keeps (Lake Formation's grammar: = <> < <= > >=, AND/OR/NOT, IN, BETWEEN, LIKE, IS [NOT] NULL).",
            discussion:
                "Repeat for AND. Dates and timestamps compare with 'YYYY-MM-DD[ HH:MM:SS]' strings. Row groups whose statistics rule out a match are not read at all."
        ))
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
            if let dataset = try await DatasetInput.open(file, common: common) { return try await run(dataset) }
            let input = try await LocalInput.open(file, csv: csv.settings, common: common)
            defer { input.remove() }
            let parquet = try input.parquetFile()
            let fields = try parquet.selectFields(ParquetCommandSupport.columnList(columns))
            let names = fields.map { $0.path.joined(separator: ".") }
            // --where is LakeFilter's row-filter grammar (one implementation with grants). Its exact
            // conjuncts go down to the scan (statistics pruning, filter columns decoded first); the whole
            // filter is then evaluated here. Filter columns are read after the selected ones and dropped.
            let filter = predicates.isEmpty ? nil : try CatWhere.bind(predicates, schema: CatWhere.schema(of: parquet))
            var readFields = fields
            for column in filter?.columns ?? [] where !readFields.contains(where: { $0.path == [column.path[0]] }) {
                if let node = parquet.schema.field(named: column.path[0]) { readFields.append(node) }
            }
            let readNames = readFields.map { $0.path.joined(separator: ".") }
            let evaluator = filter.map(FilterEvaluator.init)
            let pruning = filter?.rowGroupPredicates ?? []
            if input.remote != nil {
                // An S3 object: fetch the chunks the scan reads, in the row groups the statistics keep,
                // with ranged GETs, before the synchronous scan runs.
                let bound = try pruning.compactMap { p -> RowGroupPredicate? in
                    guard let node = parquet.schema.field(named: p.column), let leaf = node.leafIndex else {
                        return nil
                    }
                    return try p.bound(to: parquet.schema.columns[leaf])
                }
                try await input.fetch(rowGroups: try parquet.rowGroups(matching: bound), fields: readFields)
            }
            let options = ScanOptions(
                columns: readNames, predicates: pruning, batchRows: 4096, threads: threads.count,
                verifyChecksums: verifyChecksums)
            var remaining = limit ?? Int.max
            var writer = CatRowWriter(names: names, output: output)
            if remaining > 0 {
                try parquet.scan(options) { batch in
                    var rows = batch.rows()
                    if let filter, let evaluator {
                        let filterBatch = try FilterBatch(rows: rows, fieldNames: readNames, filter: filter)
                        rows = evaluator.keptRows(filterBatch).map { rows[Int($0)] }
                    }
                    let kept = rows.prefix(remaining)
                    remaining -= kept.count
                    writer.write(kept)
                    return remaining > 0
                }
            }
            writer.finish()
            input.reportFetched(verbosity: common.verbose)
        }
    }
}
