import ArgumentParser

/// `lakectl workgroup`: Athena workgroups, where query results go and how much one query may scan.
struct WorkgroupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workgroup",
        abstract: "Create, show, list and delete Athena workgroups (output location, scan cutoff, enforcement).",
        subcommands: [
            WorkgroupCreateCommand.self, WorkgroupShowCommand.self, WorkgroupListCommand.self,
            WorkgroupDeleteCommand.self,
        ])
}
