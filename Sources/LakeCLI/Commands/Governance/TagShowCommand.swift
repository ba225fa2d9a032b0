import ArgumentParser
import LakeOrchestration

/// `lakectl tag show --table D.T [--columns …]`: the tags assigned there, one row per resource and key.
struct TagShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show the LF-tags assigned to a database, a table or columns.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var scope: TagTargetOptions

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let rows = try await LakeGovernance(session: try global.session()).tagAssignments(try scope.target())
            let records: [[(String, OutputValue)]] = rows.map { row in
                [("resource", .string(row.resource)), ("key", .string(row.key)), ("value", .string(row.value))]
            }
            StandardStreams.out(
                RecordRenderer.render(records: records, columns: ["resource", "key", "value"], as: global.output))
        }
    }
}
