import ArgumentParser
import LakeOrchestration

/// `lakectl stream show NAME`: status and destination.
struct StreamShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a delivery stream's status and S3 destination.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The stream name.")
    var name: String

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let stream = try await StreamPipeline(session: try global.session()).show(name)
            StandardStreams.out(RecordRenderer.render(record: StreamRendering.record(stream), as: global.output))
        }
    }
}
