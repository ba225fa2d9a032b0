import ArgumentParser
import LakeOrchestration

/// `lakectl catalog describe DB.TABLE`: a table's columns with their types, its partition keys, where
/// its data is and how it is read (formats, SerDe), and its parameters.
struct CatalogDescribeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "describe",
        abstract: "Show a Glue table: columns and types, partition keys, location, formats, SerDe, parameters.",
        discussion: """
            `--output json` prints one object (database, table, type, location, inputFormat, outputFormat, \
            serde, serdeParameters, compressed, parameters, columns, partitionKeys, and with --partitions, \
            partitions). `--output csv` prints the columns (name, type, partitionKey, comment), or with \
            --partitions the partitions (values, location). Exits 1 when the database or table does not exist.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The table as DATABASE.TABLE.")
    var table: String

    @Flag(help: "Also list the table's partitions (GetPartitions).")
    var partitions = false

    func validate() throws {
        _ = try Self.split(table)
    }

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let (database, name) = try Self.split(table)
            let found = try await CatalogBrowser(session: try global.session())
                .describe(database: database, table: name, partitions: partitions)
            StandardStreams.out(CatalogDescription.render(found.table, partitions: found.partitions, as: global.output))
        }
    }

    /// "sales.orders" → ("sales", "orders"). Glue names hold no dots, so the first dot separates them.
    static func split(_ text: String) throws -> (String, String) {
        guard let dot = text.firstIndex(of: "."), dot != text.startIndex, text.index(after: dot) != text.endIndex else {
            throw ValidationError("name the table as DATABASE.TABLE (got \"\(text)\")")
        }
        return (String(text[..<dot]), String(text[text.index(after: dot)...]))
    }
}
