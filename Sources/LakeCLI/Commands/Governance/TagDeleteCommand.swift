import ArgumentParser
import LakeOrchestration

/// `lakectl tag delete KEY`: deletes the key (and so its assignments); `not found` when it is not defined.
struct TagDeleteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete", abstract: "Delete an LF-tag key and its assignments.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The tag key.")
    var key: String

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            StandardStreams.out(try await LakeGovernance(session: try global.session()).deleteTag(key: key))
        }
    }
}
