import ArgumentParser
import LakeOrchestration

/// `lakectl lf check [--database D]`: warns about IAM_ALLOWED_PRINCIPALS grants and unregistered table
/// locations — the two reasons a filter does nothing. Warnings are findings, not failures: it exits 0.
struct LFCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Find why Lake Formation grants or filters would not be enforced.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Only this database (default: every database).")
    var database: String?

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let warnings = try await LakeGovernance(session: try global.session()).check(database: database)
            if warnings.isEmpty {
                StandardStreams.out("ok: no IAM_ALLOWED_PRINCIPALS grants, every table location registered")
                return
            }
            StandardStreams.out(
                RecordRenderer.render(
                    records: warnings.map {
                        [
                            ("kind", .string($0.kind.rawValue)), ("resource", .string($0.resource)),
                            ("message", .string($0.message)),
                        ]
                    }, columns: ["kind", "resource", "message"], as: global.output))
        }
    }
}
