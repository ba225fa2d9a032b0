import ArgumentParser

/// `lakectl ingest`: bring data into the lake's S3 bucket (RDS snapshot exports, Firehose streams).
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Bring data into the lake: RDS snapshot exports to S3, records through Firehose.",
        subcommands: [
            IngestSnapshotCommand.self, IngestStatusCommand.self, IngestCancelCommand.self, IngestStreamCommand.self,
        ])
}
