import ArgumentParser
import LakeOrchestration

/// `lakectl grants`: one row per principal, resource and permission, normalised the way `grant` compares them
/// (an ALL grant's hidden column-wildcard SELECT folded in; SELECT on all columns shown as a table grant).
struct GrantsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grants", abstract: "List Lake Formation grants, normalised, with their filters.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Only this principal's grants.")
    var principal: String?

    @Option(help: "Only grants on this table (DATABASE.TABLE), its columns and its filters.")
    var table: String?

    @Option(help: "Only grants on this database and its tables.")
    var database: String?

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let rows = try await LakeGovernance(session: try global.session())
                .grants(principal: principal, database: database, table: table)
            let records: [[(String, OutputValue)]] = rows.map { row in
                [
                    ("principal", .string(row.grant.principal)), ("kind", .string(row.grant.resource.kind)),
                    ("resource", .string(row.grant.resource.name)), ("permission", .string(row.grant.permission)),
                    ("grantable", .bool(row.grant.grantable)),
                    ("rowFilter", row.rowFilter.map(OutputValue.string) ?? .null),
                    ("columns", row.columns.map(OutputValue.string) ?? .null),
                ]
            }
            StandardStreams.out(
                RecordRenderer.render(
                    records: records,
                    columns: ["principal", "kind", "resource", "permission", "grantable", "rowFilter", "columns"],
                    as: global.output))
        }
    }
}
