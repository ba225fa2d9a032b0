import ArgumentParser
import LakeOrchestration

/// `lakectl whoami`: the first thing to run when something is denied — which account, which principal,
/// which region, and where the credentials came from.
struct WhoamiCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whoami",
        abstract: "Show the AWS account, principal and region lakectl is using, and where the credentials came from.",
        discussion: """
            Calls STS GetCallerIdentity, which needs no permissions. `--output json` prints a stable object: \
            account, arn, userId, region, regionSource, credentialSource.
            """)

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let identity = try await global.session().callerIdentity()
            let record: [(String, OutputValue)] = [
                ("account", .string(identity.account)),
                ("arn", .string(identity.arn)),
                ("userId", .string(identity.userId)),
                ("region", .string(identity.region)),
                ("regionSource", .string(identity.regionSource)),
                ("credentialSource", .string(identity.credentialSource)),
            ]
            StandardStreams.out(RecordRenderer.render(record: record, as: global.output))
        }
    }
}
