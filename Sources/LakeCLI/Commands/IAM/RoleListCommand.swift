import ArgumentParser
import LakeOrchestration

/// `lakectl iam role list`: every role in the account (all pages).
struct RoleListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the account's roles.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .customLong("path-prefix"), help: "Only roles under this path (e.g. /service-role/).")
    var pathPrefix: String?

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let roles = try await IAMAdministration(session: try global.session()).listRoles(pathPrefix: pathPrefix)
            let records: [[(String, OutputValue)]] = roles.map { role in
                [
                    ("name", .string(role.name)), ("arn", .string(role.arn)), ("path", .string(role.path)),
                    ("created", OutputTime.value(role.created)),
                ]
            }
            StandardStreams.out(
                RecordRenderer.render(records: records, columns: ["name", "arn", "path", "created"], as: global.output))
        }
    }
}
