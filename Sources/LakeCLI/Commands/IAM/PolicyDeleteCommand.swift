import ArgumentParser
import LakeOrchestration

/// `lakectl iam policy delete NAME|ARN`: deletes the non-default versions, then the policy. Refuses
/// while the policy is attached, naming the roles, rather than detaching behind the operator's back.
struct PolicyDeleteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete a managed policy (refused while it is attached to a role).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The policy name (customer managed) or ARN.")
    var policy: String

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let arn = try await IAMAdministration(session: try global.session()).deletePolicy(policy)
            StandardStreams.out(
                RecordRenderer.render(
                    record: [("arn", .string(arn)), ("change", .string("deleted"))], as: global.output))
        }
    }
}
