import ArgumentParser

/// `lakectl catalog …`: read-only views of the Glue Data Catalog, to check what an ingest or crawl
/// registered without opening the console.
struct CatalogCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "Show the Glue Data Catalog: databases, tables, and a table's columns and storage.",
        subcommands: [CatalogDatabasesCommand.self, CatalogTablesCommand.self, CatalogDescribeCommand.self])
}
