import ArgumentParser
import LakeOrchestration

/// `lakectl catalog tables DB`: the tables of one Glue database.
struct CatalogTablesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tables",
        abstract: "List the tables of a Glue database.",
        discussion: """
            Pages through GetTables. `--output json|jsonl|csv` gives the fields name, type, format, columns \
            (count), partitionKeys, location, updated. Exits 1 when the database does not exist.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The Glue database.")
    var database: String

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let tables = try await CatalogBrowser(session: try global.session()).tables(in: database)
            let records = tables.map(CatalogRecords.tableSummary)
            StandardStreams.out(
                RecordRenderer.render(records: records, columns: CatalogRecords.tableColumns, as: global.output))
        }
    }
}
