import ArgumentParser
import LakeOrchestration

/// `lakectl tag list`: every LF-tag key with its values.
struct TagListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the LF-tag keys and their values.")

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let tags = try await LakeGovernance(session: try global.session()).tags()
            let records: [[(String, OutputValue)]] = tags.map { tag in
                [("key", .string(tag.key)), ("values", .array(tag.values.map(OutputValue.string)))]
            }
            StandardStreams.out(RecordRenderer.render(records: records, columns: ["key", "values"], as: global.output))
        }
    }
}
