import ArgumentParser
import LakeOrchestration

/// `lakectl iam policy create NAME`: creates the policy or brings it in line, idempotently; a re-run
/// with the same document reports "unchanged" and writes nothing.
struct PolicyCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Create a managed policy, or update it when its document differs (idempotent).",
        discussion: """
            The document comes from --file (JSON, `-` for stdin) or is generated with --for. When the policy \
            exists, its default version is compared semantically (order and list-vs-string do not matter) \
            and a new default version is added only if it differs; at IAM's limit of five versions the \
            oldest non-default version is deleted first. Prints the ARN and created/updated/unchanged.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The policy name.")
    var name: String

    @Option(help: "A policy document (JSON) to use; `-` reads stdin.")
    var file: String?

    @OptionGroup var target: PolicyTargetOptions

    func validate() throws {
        let generated = try target.validated() != nil
        if generated == (file != nil) { throw ValidationError("give either --file or --for (with --bucket)") }
    }

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let session = try global.session()
            let generated = try await target.request()?.document(session: { session })
            guard let document = try generated ?? file.map(PolicyFile.read) else { return }
            let result = try await IAMAdministration(session: session).createPolicy(name: name, document: document)
            StandardStreams.out(RecordRenderer.render(record: result.record(name: name), as: global.output))
        }
    }
}

extension Ensured {
    /// name, arn, change (created/updated/unchanged) and the changed fields.
    func record(name: String) -> [(String, OutputValue)] {
        var changes: [OutputValue] = []
        if case .updated(let fields) = change { changes = fields.map { .string($0) } }
        return [
            ("name", .string(name)), ("arn", .string(arn)), ("change", .string(change.word)),
            ("changes", .array(changes)),
        ]
    }
}
