import ArgumentParser
import LakeOrchestration

/// `lakectl iam policy generate`: prints a least-privilege policy for a lake service as canonical JSON,
/// so it can be reviewed, committed, or fed to `iam policy create --file`.
struct PolicyGenerateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Print a least-privilege policy for a lake service (JSON).",
        discussion: """
            The policy is limited to the bucket and prefix given. With --kms-key, the KMS actions the service \
            needs on that key are listed explicitly: without them S3 answers AccessDenied for encrypted data. \
            Needs no AWS access unless --kms-key names a key by id or alias.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var target: PolicyTargetOptions

    func validate() throws {
        guard try target.validated() != nil else { throw ValidationError("--for and --bucket are required") }
    }

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            guard let request = try target.request() else { return }
            let document = try await request.document(session: { try global.session() })
            StandardStreams.out(document.canonicalJSON(pretty: global.output != .jsonl))
        }
    }
}
