import ArgumentParser
import LakeOrchestration

/// `lakectl crawl diff NAME`: what running the crawler would change in the catalog, computed locally from
/// the files under its S3 paths with the crawler's rules; nothing is written.
struct CrawlDiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what a crawler would change in the catalog, computed locally from its files.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The crawler name.")
    var name: String

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let diff = try await CrawlPipeline(session: try global.session()).diff(name)
            for skip in diff.skipped { StandardStreams.err("lakectl: warning: skipped \(skip)") }
            if global.verbose > 0 {
                let read = diff.read
                StandardStreams.err(
                    "lakectl: fetched \(read.fetched.bytes) bytes in \(read.fetched.requests) ranged GETs "
                        + "for \(read.objects) objects of \(read.objectBytes) bytes under the crawler's paths")
            }
            StandardStreams.out(CrawlRendering.text(diff, as: global.output))
        }
    }
}
