import ArgumentParser

/// `lakectl schema`: schemas of local data files, as a Glue crawler would see them.
struct SchemaCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Infer the Glue schema of local Parquet, CSV and JSON-lines files.",
        subcommands: [SchemaInferCommand.self])
}
