import ArgumentParser
import LakeCodec

/// `lakectl schema infer FILE...|DIR`: the columns and Glue types of one table made of the given files
/// (or the files under a folder), or with `--output json` a Glue TableInput that CreateTable accepts.
struct SchemaInferCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "infer",
        abstract: "Infer the Glue columns and types of files, or print them as a Glue TableInput.",
        discussion: """
            --rules glue (default) predicts a Glue crawler: the first 1,000 records or 1 MB of each file, \
            integers as bigint, decimals as double, CSV dates and timestamps as string, a CSV header only \
            when some column is not text. --rules full reads every record and detects dates, timestamps \
            and exact decimals (what `lakectl convert` writes). Files of a folder are merged into one table; \
            use `lakectl crawl --dry-run` to see how a crawler would split them into tables.

            Examples:
              lakectl schema infer data/orders/ --rules full
              lakectl schema infer export.csv --delimiter ';' --output json > table-input.json
            """)

    @Argument(help: "Files, or one folder; local or s3://bucket/key and s3://bucket/prefix/.")
    var paths: [String]

    @Option(help: "Inference rules: glue (what a crawler infers) or full (every row, dates and decimals).")
    var rules: InferenceRulesOption = .glue

    @Option(help: "Table name (default: the folder name, lower-cased and sanitized as a crawler does).")
    var name: String?

    @Option(help: "Table location, e.g. s3://bucket/prefix/ (default: the folder as a file:// URL).")
    var location: String?

    @OptionGroup var csv: CSVReadOptions

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or folder") }
    }

    func run() async throws {
        let remote = try await ParquetCommandSupport.runAsync {
            try await RemoteFolders.resolve(
                paths, common: global.common, inferenceOnly: true,
                textSampleBytes: rules.rules == .glue ? RemoteFolders.glueSampleBytes : nil)
        }
        defer { remote.remove() }
        var local = self
        local.paths = remote.paths
        local.location = location ?? remote.location
        let table = try ParquetCommandSupport.run { try local.inferTable() }
        for note in table.notes { StandardStreams.err("lakectl: note: \(note)") }
        switch global.output {
        case .json:
            StandardStreams.out(JSONWriter.pretty(GlueTableOutput.tableInput(table)))
        case .jsonl:
            StandardStreams.out(JSONWriter.compact(GlueTableOutput.tableInput(table)))
        case .table, .csv:
            let records = GlueTableOutput.columnRecords(table, withTable: false)
            StandardStreams.out(
                RecordRenderer.render(records: records, columns: ["column", "type", "kind"], as: global.output))
        }
    }

    private func inferTable() throws -> GlueTableDefinition {
        let planner = CrawlPlanner(rules: rules.rules, locationBase: location, csv: csv.settings)
        var table: GlueTableDefinition
        if paths.count == 1, LocalPath.entry(paths[0])?.isDirectory == true {
            let plan = try planner.plan(path: paths[0])
            for skip in plan.skipped { StandardStreams.err("lakectl: warning: skipped \(skip.path): \(skip.reason)") }
            table = try merged(plan.tables, folder: LocalPath.absolute(paths[0]), planner: planner)
        } else {
            let inferrer = SchemaInferrer(rules: rules.rules, csv: csv.settings)
            let schemas = try paths.map { try inferrer.infer(path: $0) }
            let folder = LocalPath.parent(paths[0])
            try requireOneFormat(schemas)
            table = GlueTableDefinition(
                name: GlueTableDefinition.sanitizedName(LocalPath.lastComponent(folder)),
                location: planner.url(for: folder, crawlRoot: folder), schemas: schemas)
        }
        if let name { table.name = name }
        return table
    }

    /// A folder a crawler would split into several tables is still asked for as one here: merge them
    /// (partition keys dropped), after saying so.
    private func merged(_ tables: [GlueTableDefinition], folder: String, planner: CrawlPlanner) throws
        -> GlueTableDefinition
    {
        guard tables.count != 1 else { return tables[0] }
        guard !tables.isEmpty else { throw CLIError.invalidInput("no data files under \(folder)") }
        StandardStreams.err(
            "lakectl: note: a crawler would make \(tables.count) tables of \(folder) "
                + "(\(tables.map(\.name).joined(separator: ", "))); merged into one here, see `lakectl crawl --dry-run`"
        )
        let inferrer = SchemaInferrer(rules: rules.rules, csv: csv.settings)
        let schemas = try tables.flatMap(\.files).map { try inferrer.infer(path: $0) }
        try requireOneFormat(schemas)
        return GlueTableDefinition(
            name: GlueTableDefinition.sanitizedName(LocalPath.lastComponent(folder)),
            location: planner.url(for: folder, crawlRoot: folder), schemas: schemas)
    }

    private func requireOneFormat(_ schemas: [FileSchema]) throws {
        let formats = Set(schemas.map(\.format.rawValue))
        guard formats.count <= 1 else {
            throw CLIError.invalidInput(
                "the files mix formats (\(formats.sorted().joined(separator: ", "))); one table holds one format: "
                    + "infer them separately, or see `lakectl crawl --dry-run`")
        }
    }
}
