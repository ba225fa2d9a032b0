import ArgumentParser
import LakeOrchestration

/// `lakectl filter list [--table D.T | --database D]`.
struct FilterListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List data cells filters.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Only this table's filters (DATABASE.TABLE).")
    var table: String?

    @Option(help: "Only filters on this database's tables.")
    var database: String?

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            var scope: (String?, String?) = (database, nil)
            if let table, case .table(let d, let t) = try GrantTarget.parseTable(table) { scope = (d, t) }
            let specs = try await LakeGovernance(session: try global.session())
                .listFilters(database: scope.0, table: scope.1)
            StandardStreams.out(
                RecordRenderer.render(
                    records: specs.map(FilterRecords.record), columns: FilterRecords.columns, as: global.output))
        }
    }
}
