import AWSCore
import AWSServices
import ArgumentParser

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
            let session = try AWSSession.make(global)
            let glue = GlueClient(client: session.client)
            let tables: [GlueTable]
            do {
                tables = try await glue.allTables(database: database)
            } catch let error as AWSError where error.code == GlueClient.ErrorCode.entityNotFound {
                throw CatalogLookupError.databaseNotFound(database)
            }
            let records = tables.sorted { $0.name < $1.name }.map(CatalogRecords.tableSummary)
            StandardStreams.out(
                RecordRenderer.render(records: records, columns: CatalogRecords.tableColumns, as: global.output))
        }
    }
}
