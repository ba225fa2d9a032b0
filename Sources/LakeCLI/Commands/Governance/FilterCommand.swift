import ArgumentParser

/// `lakectl filter …`: Lake Formation data cells filters, directly.
struct FilterCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "filter", abstract: "Create, show, list and delete Lake Formation data cells filters.",
        subcommands: [
            FilterCreateCommand.self, FilterShowCommand.self, FilterListCommand.self, FilterDeleteCommand.self,
        ])
}
