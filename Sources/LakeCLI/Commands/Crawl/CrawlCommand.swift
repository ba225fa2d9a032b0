import ArgumentParser
import LakeCodec

/// `lakectl crawl --dry-run PATH`: the tables, columns, types and partitions a Glue crawler would create
/// for a local folder, computed locally with the crawler's rules (no AWS call). Running a real crawler is
/// `crawl run NAME`, its state `crawl status`.
struct CrawlCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crawl",
        abstract: "Run Glue crawlers (run, status, diff), or preview a local folder's tables (--dry-run).",
        discussion: """
            Files in one folder with the same format and similar columns make one table; sibling folders \
            alike in format, depth and columns make one table partitioned by folder (key=value folders name \
            the key, others are partition_0, partition_1, …). --output json prints Glue TableInput and \
            PartitionInput objects. When one folder's files cannot share a table (another format, \
            compression, or under 70 % shared column names) it is split, each one-file table located at its \
            file, and a note says why.

            Examples:
              lakectl crawl --dry-run data/ --location s3://my-lake/raw/
              lakectl crawl --dry-run data/ --output json --ragged pad
              lakectl crawl run shop-raw --create --database shop --path s3://my-lake/raw/shop/
            """,
        subcommands: [CrawlRunCommand.self, CrawlStatusCommand.self, CrawlDiffCommand.self])

    /// An option rather than a flag plus a positional argument: a positional argument on this parent would
    /// swallow the subcommand name (`crawl run NAME`), and `crawl --dry-run PATH` reads the same either way.
    @Option(
        name: .customLong("dry-run"),
        help: ArgumentHelp(
            "Compute the crawler's result for this folder without running a crawler: local, or s3://bucket/prefix/ (footers and samples read with ranged GETs).",
            valueName: "path"))
    var path: String?

    @Option(help: "Inference rules: glue (what a crawler infers) or full (every row, dates and decimals).")
    var rules: InferenceRulesOption = .glue

    @Option(help: "Report locations under this URL instead of file://, e.g. s3://bucket/prefix/.")
    var location: String?

    @OptionGroup var csv: CSVReadOptions

    @OptionGroup var global: GlobalOptions

    /// Checked in `run`, not `validate`: argument-parser validates this parent command also when a
    /// subcommand (`crawl run`) was chosen.
    func checkDryRun() throws {
        guard path != nil else {
            throw ValidationError(
                "to run a Glue crawler use lakectl crawl run NAME; to preview a local folder, crawl --dry-run PATH")
        }
    }

    func run() async throws {
        try checkDryRun()
        let remote = try await ParquetCommandSupport.runAsync {
            try await RemoteFolders.resolve(
                [path ?? "."], common: global.common, inferenceOnly: true,
                textSampleBytes: rules.rules == .glue ? RemoteFolders.glueSampleBytes : nil)
        }
        defer { remote.remove() }
        let plan = try ParquetCommandSupport.run {
            try CrawlPlanner(rules: rules.rules, locationBase: location ?? remote.location, csv: csv.settings).plan(
                path: remote.paths[0])
        }
        for table in plan.tables {
            for note in table.notes { StandardStreams.err("lakectl: note: \(table.name): \(note)") }
        }
        for skip in plan.skipped { StandardStreams.err("lakectl: warning: skipped \(skip.path): \(skip.reason)") }
        let tables = plan.tables.map { t in
            OutputValue.object([
                ("TableInput", GlueTableOutput.tableInput(t)), ("Partitions", GlueTableOutput.partitionInputs(t)),
            ])
        }
        switch global.output {
        case .json:
            let skipped = plan.skipped.map {
                OutputValue.object([("Path", .string($0.path)), ("Reason", .string($0.reason))])
            }
            StandardStreams.out(JSONWriter.pretty(.object([("Tables", .array(tables)), ("Skipped", .array(skipped))])))
        case .jsonl:
            StandardStreams.out(tables.map(JSONWriter.compact).joined(separator: "\n"))
        case .csv:
            let records = plan.tables.flatMap { GlueTableOutput.columnRecords($0, withTable: true) }
            StandardStreams.out(
                RecordRenderer.render(records: records, columns: ["table", "column", "type", "kind"], as: .csv))
        case .table:
            StandardStreams.out(tableText(plan))
        }
    }

    /// For people: a summary of tables, their columns, then their partitions.
    private func tableText(_ plan: CrawlPlan) -> String {
        guard !plan.tables.isEmpty else { return "no tables: no data files a crawler would classify" }
        let summary = plan.tables.map { t -> [(String, OutputValue)] in
            [
                ("table", .string(t.name)), ("format", .string(t.format.rawValue)),
                ("files", .int(Int64(t.files.count))),
                ("partitions", .int(Int64(t.partitions.count))), ("location", .string(t.location)),
            ]
        }
        var text = RecordRenderer.render(
            records: summary, columns: ["table", "format", "files", "partitions", "location"], as: .table)
        let columns = plan.tables.flatMap { GlueTableOutput.columnRecords($0, withTable: true) }
        text +=
            "\n\n" + RecordRenderer.render(records: columns, columns: ["table", "column", "type", "kind"], as: .table)
        let partitions = plan.tables.flatMap { t in
            t.partitions.map { p -> [(String, OutputValue)] in
                [
                    ("table", .string(t.name)), ("values", .string(p.values.joined(separator: "/"))),
                    ("location", .string(p.location)),
                ]
            }
        }
        if !partitions.isEmpty {
            text +=
                "\n\n"
                + RecordRenderer.render(records: partitions, columns: ["table", "values", "location"], as: .table)
        }
        return text
    }
}
