import AWSCore
import AWSServices
import ArgumentParser

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
            let session = try AWSSession.make(global)
            let databases = try await GlueClient(client: session.client).allDatabases()
            let records = databases.sorted { $0.name < $1.name }.map(CatalogRecords.database)
            StandardStreams.out(
                RecordRenderer.render(records: records, columns: CatalogRecords.databaseColumns, as: global.output))
        }
    }
}
