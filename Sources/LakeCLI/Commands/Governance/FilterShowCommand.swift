import ArgumentParser
import LakeOrchestration

/// `lakectl filter show NAME --table D.T`.
struct FilterShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one data cells filter.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The filter's name.")
    var name: String

    @Option(help: "The table, as DATABASE.TABLE.")
    var table: String

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            guard case .table(let database, let tableName) = try GrantTarget.parseTable(table) else { return }
            let spec = try await LakeGovernance(session: try global.session())
                .showFilter(database: database, table: tableName, name: name)
            StandardStreams.out(RecordRenderer.render(record: FilterRecords.record(spec), as: global.output))
        }
    }
}
