import ArgumentParser
import LakeOrchestration

/// `lakectl lf settings`: the lake's admins and the default grants of new databases and tables; with
/// `--add-admin`, `--remove-admin` or `--iam-allowed-defaults` it changes them and prints `updated (…)` or
/// `unchanged`.
struct LFSettingsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings",
        abstract: "Show or change the data lake admins and the default grants of new databases and tables.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Make this principal (IAM role or user ARN) a data lake admin (repeatable).")
    var addAdmin: [String] = []

    @Option(help: "Remove this principal from the data lake admins (repeatable).")
    var removeAdmin: [String] = []

    @Option(
        help: ArgumentHelp(
            "on: new databases and tables grant IAM_ALLOWED_PRINCIPALS ALL (IAM decides, filters unenforced); "
                + "off: they do not (Lake Formation decides).", valueName: "on|off"))
    var iamAllowedDefaults: String?

    func validate() throws {
        if let iamAllowedDefaults, !["on", "off"].contains(iamAllowedDefaults) {
            throw ValidationError("--iam-allowed-defaults is on or off, not \(iamAllowedDefaults)")
        }
    }

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let change = SettingsChange(
                addAdmins: addAdmin, removeAdmins: removeAdmin,
                iamAllowedDefaults: iamAllowedDefaults.map { $0 == "on" })
            if !change.isEmpty {
                let done = try await LakeGovernance(session: try global.session()).updateSettings(change)
                StandardStreams.out(done.summary)
                return
            }
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
