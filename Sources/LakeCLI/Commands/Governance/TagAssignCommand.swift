import ArgumentParser
import LakeOrchestration

/// `lakectl tag assign --table D.T [--columns …] KEY=V …`: one value per key; re-running is `unchanged`.
struct TagAssignCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assign", abstract: "Assign LF-tags (KEY=VALUE) to a database, a table or columns.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var scope: TagTargetOptions

    @Argument(help: "The tags, as KEY=VALUE.")
    var tags: [String]

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let parsed = try tags.map { try TagKeyValues.parse($0) }
            let change = try await LakeGovernance(session: try global.session())
                .assignTags(parsed, to: try scope.target())
            StandardStreams.out(change)
        }
    }
}
