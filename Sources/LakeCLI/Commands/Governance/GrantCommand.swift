import ArgumentParser
import LakeOrchestration

/// `lakectl grant`: a Lake Formation grant on a database or table, or — with a row filter or column list — a
/// data cells filter plus SELECT on it. The filter is checked against the table's Glue columns first; granting
/// what is already held prints `unchanged`.
struct GrantCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grant", abstract: "Grant Lake Formation permissions, with row and column filters.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var grant: GrantOptions

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let result = try await LakeGovernance(session: try global.session()).grant(try grant.request())
            StandardStreams.out(GrantResultText.render(result))
        }
    }
}
