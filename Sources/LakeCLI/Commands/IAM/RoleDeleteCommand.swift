import ArgumentParser
import LakeOrchestration

/// `lakectl iam role delete NAME`: detaches managed policies and deletes inline ones (IAM refuses to
/// delete a role that still has either), then deletes the role. The managed policies themselves stay.
struct RoleDeleteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete a role, detaching its managed policies and deleting its inline policies first.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The role name.")
    var name: String

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let removed = try await IAMAdministration(session: try global.session()).deleteRole(name)
            let record: [(String, OutputValue)] = [
                ("name", .string(name)), ("change", .string("deleted")),
                ("detached", .array(removed.detached.map { .string($0) })),
                ("deletedInline", .array(removed.deletedInline.map { .string($0) })),
            ]
            StandardStreams.out(RecordRenderer.render(record: record, as: global.output))
        }
    }
}
