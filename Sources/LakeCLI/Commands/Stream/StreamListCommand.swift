import ArgumentParser
import LakeOrchestration

/// `lakectl stream list`: every delivery stream in the account and region, all pages.
struct StreamListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the delivery streams in this account and region.")

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let names = try await StreamPipeline(session: try global.session()).list()
            StandardStreams.out(
                RecordRenderer.render(
                    records: names.map { [("name", .string($0))] }, columns: ["name"], as: global.output))
        }
    }
}
