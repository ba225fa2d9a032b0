import ArgumentParser
import LakeOrchestration

/// `lakectl iam role attach NAME POLICY...`: attaches managed policies that are not attached yet.
struct RoleAttachCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attach", abstract: "Attach managed policies to a role (those already attached are skipped).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The role name.")
    var name: String

    @Argument(help: "Managed policies, by ARN or name.")
    var policies: [String]

    func validate() throws {
        if policies.isEmpty { throw ValidationError("name at least one policy to attach") }
    }

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let result = try await IAMAdministration(session: try global.session()).attach(
                role: name, policies: policies)
            StandardStreams.out(RecordRenderer.render(record: result.record(name: name), as: global.output))
        }
    }
}
