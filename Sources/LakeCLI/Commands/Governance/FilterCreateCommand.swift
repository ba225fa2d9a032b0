import ArgumentParser
import LakeOrchestration

/// `lakectl filter create NAME --table D.T [--row-filter EXPR] [--columns … | --exclude-columns …]`.
struct FilterCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create", abstract: "Create a data cells filter, checked against the table's columns first.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The filter's name.")
    var name: String

    @Option(help: "The table, as DATABASE.TABLE.")
    var table: String

    @Option(help: "A Lake Formation row filter (default: all rows).")
    var rowFilter: String?

    @Option(help: "Only these columns (comma-separated).")
    var columns: String?

    @Option(help: "All columns but these (comma-separated).")
    var excludeColumns: String?

    func validate() throws {
        if columns != nil, excludeColumns != nil {
            throw ValidationError("--columns and --exclude-columns cannot be combined; give one of them")
        }
    }

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            guard case .table(let database, let tableName) = try GrantTarget.parseTable(table) else { return }
            var spec = ColumnSpec.all
            if let columns { spec = .include(GrantOptions.list(columns)) }
            if let excludeColumns { spec = .exclude(GrantOptions.list(excludeColumns)) }
            let change = try await LakeGovernance(session: try global.session()).createFilter(
                FilterSpec(database: database, table: tableName, name: name, rowFilter: rowFilter, columns: spec))
            StandardStreams.out(change)
        }
    }
}
