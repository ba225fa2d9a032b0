import ArgumentParser
import LakeOrchestration

/// `lakectl iam role detach NAME POLICY...`: detaches managed policies (those not attached are skipped), the
/// step `iam policy delete` asks for when a policy is still attached.
struct RoleDetachCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "detach",
        abstract: "Detach managed policies from a role (those not attached are skipped).",
        discussion: """
            Examples:
              lakectl iam role detach lake-export-role lake-export-policy
              lakectl iam role detach etl-role arn:aws:iam::123456789012:policy/old-access
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The role name.")
    var name: String

    @Argument(help: "Managed policies, by ARN or name.")
    var policies: [String]

    func validate() throws {
        if policies.isEmpty { throw ValidationError("name at least one policy to detach") }
    }

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let result = try await IAMAdministration(session: try global.session()).detach(
                role: name, policies: policies)
            StandardStreams.out(RecordRenderer.render(record: result.record(name: name), as: global.output))
        }
    }
}
