import ArgumentParser
import LakeOrchestration

/// `lakectl crawl status [NAME]`: each crawler's state, last crawl and its table counts.
struct CrawlStatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Show crawlers' state, last crawl and the tables it changed.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "A crawler name; every crawler when left out.")
    var name: String?

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let statuses = try await CrawlPipeline(session: try global.session()).status(name)
            let records = statuses.map(CrawlRendering.record)
            StandardStreams.out(
                RecordRenderer.render(
                    records: records,
                    columns: [
                        "name", "state", "database", "paths", "lastCrawl", "tablesCreated", "tablesUpdated",
                        "tablesDeleted", "error",
                    ],
                    as: global.output))
        }
    }
}
