import ArgumentParser
import LakeOrchestration

/// `lakectl revoke`: the same shape as `grant`. Revoking what was never granted prints `not granted` and exits 0;
/// revoking a filter grant deletes the filter once nobody holds a grant on it. `--grantable` revokes only the
/// grant option.
struct RevokeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke", abstract: "Revoke Lake Formation permissions granted with `lakectl grant`.",
        discussion: "With --grantable only the grant option is revoked: the principal keeps the permission itself.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var grant: GrantOptions

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let result = try await LakeGovernance(session: try global.session()).revoke(try grant.request())
            StandardStreams.out(GrantResultText.render(result))
        }
    }
}
