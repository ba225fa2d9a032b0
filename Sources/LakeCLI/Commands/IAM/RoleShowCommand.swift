import ArgumentParser
import LakeOrchestration

/// `lakectl iam role show NAME`: who may assume the role and which policies it has.
struct RoleShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a role: its trust principals, attached and inline policies.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The role name.")
    var name: String

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let found = try await IAMAdministration(session: try global.session()).showRole(name)
            let record: [(String, OutputValue)] = [
                ("name", .string(found.role.name)), ("arn", .string(found.role.arn)),
                ("path", .string(found.role.path)), ("created", OutputTime.value(found.role.created)),
                ("trustedBy", .array(found.trustedBy.map { .string($0) })),
                ("attachedPolicies", .array(found.attachedPolicies.map { .string($0) })),
                ("inlinePolicies", .array(found.inlinePolicies.map { .string($0) })),
            ]
            StandardStreams.out(RecordRenderer.render(record: record, as: global.output))
        }
    }
}
