import ArgumentParser
import LakeOrchestration

/// `lakectl tag unassign --table D.T [--columns …] KEY=V …`: `not assigned` when none of them is there.
struct TagUnassignCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unassign", abstract: "Remove LF-tags (KEY=VALUE) from a database, a table or columns.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var scope: TagTargetOptions

    @Argument(help: "The tags, as KEY=VALUE.")
    var tags: [String]

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let parsed = try tags.map { try TagKeyValues.parse($0) }
            let change = try await LakeGovernance(session: try global.session())
                .unassignTags(parsed, from: try scope.target())
            StandardStreams.out(change)
        }
    }
}
