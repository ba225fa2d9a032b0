import ArgumentParser

/// `lakectl stream`: Firehose delivery streams that write to the lake's raw zone.
struct StreamCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stream",
        abstract: "Create, show, list and delete Firehose delivery streams writing to S3.",
        subcommands: [
            StreamCreateCommand.self, StreamShowCommand.self, StreamListCommand.self, StreamDeleteCommand.self,
        ])
}
