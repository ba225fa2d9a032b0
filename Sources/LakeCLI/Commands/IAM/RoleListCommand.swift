import AWSCore
import AWSServices
import ArgumentParser

/// `lakectl iam role list`: every role in the account (all pages).
struct RoleListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the account's roles.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .customLong("path-prefix"), help: "Only roles under this path (e.g. /service-role/).")
    var pathPrefix: String?

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let session = try AWSSession.make(global)
            let roles = try await IAMClient(client: session.client).allRoles(pathPrefix: pathPrefix)
            let records: [[(String, OutputValue)]] = roles.map { role in
                [
                    ("name", .string(role.roleName)), ("arn", .string(role.arn)), ("path", .string(role.path)),
                    ("created", role.createDate.map { .string(AWSTimestamp.format($0)) } ?? .null),
                ]
            }
            StandardStreams.out(
                RecordRenderer.render(records: records, columns: ["name", "arn", "path", "created"], as: global.output))
        }
    }
}
