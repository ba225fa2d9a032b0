import ArgumentParser
import LakeOrchestration

/// `lakectl lf settings`: the lake's admins and the default grants of new databases and tables.
struct LFSettingsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings",
        abstract: "Show the data lake admins and the default grants of new databases and tables.")

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let settings = try await LakeGovernance(session: try global.session()).settings()
            let list = { (items: [String]) in OutputValue.array(items.map(OutputValue.string)) }
            StandardStreams.out(
                RecordRenderer.render(
                    record: [
                        ("admins", list(settings.admins)), ("database_defaults", list(settings.databaseDefaults)),
                        ("table_defaults", list(settings.tableDefaults)),
                        ("defaults_bypass_lake_formation", .bool(settings.defaultsBypassLakeFormation)),
                    ], as: global.output))
        }
    }
}
