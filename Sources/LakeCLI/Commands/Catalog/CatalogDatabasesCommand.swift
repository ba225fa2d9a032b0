import ArgumentParser
import LakeOrchestration

/// `lakectl catalog databases`: every Glue database in the account and region.
struct CatalogDatabasesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "databases",
        abstract: "List the Glue databases.",
        discussion: """
            Pages through GetDatabases. `--output json|jsonl|csv` gives the fields name, description, \
            location, created (ISO 8601, UTC).
            """)

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let databases = try await CatalogBrowser(session: try global.session()).databases()
            let records = databases.map(CatalogRecords.database)
            StandardStreams.out(
                RecordRenderer.render(records: records, columns: CatalogRecords.databaseColumns, as: global.output))
        }
    }
}
