import ArgumentParser
import LakeOrchestration

/// `lakectl workgroup show NAME`: its state, output location, scan cutoff and enforcement.
struct WorkgroupShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one workgroup's settings.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The workgroup name.")
    var name: String

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let workgroup = try await WorkgroupPipeline(session: try global.session()).show(name)
            StandardStreams.out(RecordRenderer.render(record: WorkgroupRendering.record(workgroup), as: global.output))
        }
    }
}
