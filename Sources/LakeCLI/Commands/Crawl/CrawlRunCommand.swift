import ArgumentParser
import Foundation
import LakeOrchestration

/// `lakectl crawl run NAME`: ensures the crawler with `--create`, starts a crawl (or waits for the one
/// running), and prints what it changed in the catalog. A failed crawl prints Glue's message and exits 1;
/// Ctrl-C stops the crawler and exits 130.
struct CrawlRunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a Glue crawler and report the tables and partitions it changed.",
        discussion: """
            With --create the crawler is created, or brought in line, first: one S3 path into one database, \
            with a generated least-privilege role for exactly that path and the bucket's KMS key unless --role \
            names one. A crawler already running is waited for. The catalog is compared before and after.

            Examples:
              lakectl crawl run shop-raw --create --database shop --path s3://my-lake/raw/shop/
              lakectl crawl run shop-raw --no-wait
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The crawler name.")
    var name: String

    @Flag(help: "Create the crawler, or update it to match the options, before running it.")
    var create = false

    @Option(help: "With --create: the catalog database the tables go to.")
    var database: String?

    @Option(help: "With --create: the S3 path to crawl, s3://bucket/prefix/.")
    var path: String?

    @Option(help: "With --create: the crawler's role ARN, or auto for lakectl-glue-crawler-NAME.")
    var role = "auto"

    @Option(name: .customLong("table-prefix"), help: "With --create: a prefix for the names of created tables.")
    var tablePrefix: String?

    @Flag(name: .customLong("no-wait"), help: "Return once the crawl has started.")
    var noWait = false

    @Option(
        name: .customLong("poll-interval"),
        help: ArgumentHelp("Seconds between status polls.", visibility: .hidden))
    var pollInterval: Double?

    func spec() throws -> CrawlerSpec? {
        guard create else { return nil }
        guard let database, let path else { throw ValidationError("--create needs --database D and --path s3://…") }
        let location: S3Location
        do {
            location = try S3Location.parse(bucket: path)
        } catch {
            throw ValidationError("--path: \(error)")
        }
        guard path.hasPrefix("s3://") else { throw ValidationError("--path must be an s3:// URL, not \(path)") }
        return CrawlerSpec(
            name: name, database: database, path: location, roleArn: role == "auto" ? nil : role,
            tablePrefix: tablePrefix)
    }

    func validate() throws {
        if !create && (database != nil || path != nil || tablePrefix != nil) {
            throw ValidationError("--database, --path and --table-prefix need --create")
        }
        _ = try spec()
        if role != "auto" && !role.hasPrefix("arn:") {
            throw ValidationError("--role must be a role ARN (arn:aws:iam::…:role/…) or auto, not \(role)")
        }
    }

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            var configured = CrawlPipeline(session: try global.session())
            if let pollInterval { configured.poll.seconds = pollInterval }
            let pipeline = configured
            let spec = try spec()
            let (name, wait) = (name, !noWait)
            let reporter = StepReporter(global: global)
            do {
                let result = try await InterruptSignal.cancellingOnInterrupt {
                    try await pipeline.run(name: name, create: spec, wait: wait, events: reporter.handle)
                }
                reporter.finish()
                StandardStreams.out(CrawlRendering.text(result, as: global.output))
            } catch is CancellationError {
                reporter.finish()
                StandardStreams.err("lakectl: interrupted; asked crawler \(name) to stop")
                throw ExitCode(ExitStatus.interrupted)
            } catch {
                reporter.finish()
                throw error
            }
        }
    }
}
