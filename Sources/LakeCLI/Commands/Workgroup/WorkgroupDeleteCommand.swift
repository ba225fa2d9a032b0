import ArgumentParser
import LakeOrchestration

/// `lakectl workgroup delete NAME`: deletes it with its saved queries; `unchanged` when already gone.
struct WorkgroupDeleteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete", abstract: "Delete a workgroup (unchanged when it does not exist).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The workgroup name.")
    var name: String

    func validate() throws {
        if name == "primary" { throw ValidationError("the primary workgroup cannot be deleted") }
    }

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let change = try await WorkgroupPipeline(session: try global.session()).delete(name)
            let word = change == .unchanged ? "unchanged" : "deleted"
            StandardStreams.out(
                RecordRenderer.render(
                    record: [("workgroup", .string(name)), ("change", .string(word))], as: global.output))
        }
    }
}
