import ArgumentParser
import LakeOrchestration

/// `lakectl workgroup list`: every workgroup's name, state and description.
struct WorkgroupListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the account's workgroups.")

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let all = try await WorkgroupPipeline(session: try global.session()).list()
            let records: [[(String, OutputValue)]] = all.map {
                [
                    ("name", .string($0.name)), ("state", $0.state.map(OutputValue.string) ?? .null),
                    ("description", $0.description.map(OutputValue.string) ?? .null),
                ]
            }
            StandardStreams.out(
                RecordRenderer.render(records: records, columns: ["name", "state", "description"], as: global.output))
        }
    }
}
