import ArgumentParser
import LakeOrchestration

/// `lakectl filter delete NAME --table D.T`: the grants on the filter go with it; `not found` (exit 0) when
/// there is no such filter, so a re-run is not an error.
struct FilterDeleteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete", abstract: "Delete a data cells filter and the grants on it.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The filter's name.")
    var name: String

    @Option(help: "The table, as DATABASE.TABLE.")
    var table: String

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            guard case .table(let database, let tableName) = try GrantTarget.parseTable(table) else { return }
            let outcome = try await LakeGovernance(session: try global.session())
                .deleteFilter(database: database, table: tableName, name: name)
            StandardStreams.out(outcome)
        }
    }
}
