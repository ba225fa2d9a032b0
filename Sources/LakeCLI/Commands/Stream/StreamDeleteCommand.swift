import ArgumentParser
import LakeOrchestration

/// `lakectl stream delete NAME`: deletes the stream; its role and policy stay (others may use them).
struct StreamDeleteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete", abstract: "Delete a delivery stream (its delivery role is kept).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The stream name.")
    var name: String

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            try await StreamPipeline(session: try global.session()).delete(name)
            StandardStreams.out(
                RecordRenderer.render(
                    record: [("stream", .string(name)), ("change", .string("deleted"))], as: global.output))
        }
    }
}
