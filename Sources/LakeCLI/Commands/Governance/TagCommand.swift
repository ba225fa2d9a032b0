import ArgumentParser

/// `lakectl tag …`: Lake Formation LF-tags — their definitions and their assignment to databases, tables and
/// columns (grants on tag expressions are `lakectl grant --tag`).
struct TagCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag", abstract: "Define LF-tags and assign them to databases, tables and columns.",
        subcommands: [
            TagCreateCommand.self, TagListCommand.self, TagDeleteCommand.self, TagAssignCommand.self,
            TagUnassignCommand.self, TagShowCommand.self,
        ])
}
