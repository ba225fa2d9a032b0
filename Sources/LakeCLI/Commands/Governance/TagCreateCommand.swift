import ArgumentParser
import LakeOrchestration

/// `lakectl tag create KEY --values V1,V2`: the key ends up with exactly these values; re-running is `unchanged`.
struct TagCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create", abstract: "Define an LF-tag key with its values (or bring its values up to date).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The tag key.")
    var key: String

    @Option(help: "The key's allowed values, comma-separated.")
    var values: String

    func validate() throws {
        if GrantOptions.list(values).isEmpty { throw ValidationError("--values must name at least one value") }
    }

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let change = try await LakeGovernance(session: try global.session())
                .createTag(TagKeyValues(key: key, values: GrantOptions.list(values)))
            StandardStreams.out(change)
        }
    }
}
