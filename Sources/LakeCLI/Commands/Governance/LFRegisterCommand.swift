import ArgumentParser
import LakeOrchestration

/// `lakectl lf register s3://bucket/prefix [--role R]`: without registration a table's data is governed by IAM
/// alone and its filters do nothing.
struct LFRegisterCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "register", abstract: "Register an S3 location with Lake Formation.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The location, as s3://bucket/prefix.")
    var location: String

    @Option(help: "The IAM role Lake Formation uses for the location (default: its service-linked role).")
    var role: String?

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            StandardStreams.out(
                try await LakeGovernance(session: try global.session()).register(location: location, roleArn: role))
        }
    }
}
