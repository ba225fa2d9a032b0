import ArgumentParser
import LakeOrchestration

/// `lakectl iam policy show NAME|ARN`: the document in force (the default version), URL-decoded and
/// in canonical form.
struct PolicyShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a managed policy and the document of its default version.",
        discussion: "--output json prints just the document, so it can be saved and passed to `create --file`.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The policy name (customer managed) or ARN.")
    var policy: String

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let (found, document) = try await IAMAdministration(session: try global.session()).showPolicy(policy)
            switch global.output {
            case .json: StandardStreams.out(document.canonicalJSON())
            case .jsonl: StandardStreams.out(document.canonicalJSON(pretty: false))
            case .table, .csv:
                var record: [(String, OutputValue)] = [
                    ("name", .string(found.name)), ("arn", .string(found.arn)),
                    ("defaultVersion", .string(found.defaultVersion)),
                    ("attachments", .int(Int64(found.attachments))),
                ]
                if global.output == .csv { record.append(("document", .string(document.canonicalJSON(pretty: false)))) }
                StandardStreams.out(RecordRenderer.render(record: record, as: global.output))
                if global.output == .table { StandardStreams.out(document.canonicalJSON()) }
            }
        }
    }
}
