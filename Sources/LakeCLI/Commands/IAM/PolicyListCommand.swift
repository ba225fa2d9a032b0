import ArgumentParser
import LakeOrchestration

/// `lakectl iam policy list`: the account's customer managed policies (all pages).
struct PolicyListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the account's customer managed policies.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .customLong("path-prefix"), help: "Only policies under this path (e.g. /lake/).")
    var pathPrefix: String?

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let policies = try await IAMAdministration(session: try global.session()).listPolicies(
                pathPrefix: pathPrefix)
            let records: [[(String, OutputValue)]] = policies.map { policy in
                [
                    ("name", .string(policy.name)), ("arn", .string(policy.arn)),
                    ("defaultVersion", .string(policy.defaultVersion)),
                    ("attachments", .int(Int64(policy.attachments))),
                    ("updated", OutputTime.value(policy.updated)),
                ]
            }
            StandardStreams.out(
                RecordRenderer.render(
                    records: records, columns: ["name", "arn", "defaultVersion", "attachments", "updated"],
                    as: global.output))
        }
    }
}
