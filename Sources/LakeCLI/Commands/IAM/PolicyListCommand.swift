import AWSCore
import AWSServices
import ArgumentParser

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
            let session = try AWSSession.make(global)
            let policies = try await IAMClient(client: session.client).allPolicies(
                scope: .local, pathPrefix: pathPrefix)
            let records: [[(String, OutputValue)]] = policies.map { policy in
                [
                    ("name", .string(policy.policyName)), ("arn", .string(policy.arn)),
                    ("defaultVersion", .string(policy.defaultVersionId)),
                    ("attachments", .int(Int64(policy.attachmentCount))),
                    ("updated", policy.updateDate.map { .string(AWSTimestamp.format($0)) } ?? .null),
                ]
            }
            StandardStreams.out(
                RecordRenderer.render(
                    records: records, columns: ["name", "arn", "defaultVersion", "attachments", "updated"],
                    as: global.output))
        }
    }
}
