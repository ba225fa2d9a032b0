import ArgumentParser
import LakeOrchestration

/// `lakectl iam role create NAME --trust SERVICE`: a service role, created or brought in line
/// idempotently (trust policy replaced only when it differs, missing policies attached).
struct RoleCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Create a service role, or update its trust and policies when they differ (idempotent).",
        discussion: """
            --trust names the service principal allowed to assume the role (export.rds.amazonaws.com, \
            glue.amazonaws.com, firehose.amazonaws.com). --policy-file puts an inline policy named \
            NAME-policy; --attach attaches managed policies by ARN or name. Policies attached by other means \
            are left alone. Prints the ARN and created/updated/unchanged.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The role name.")
    var name: String

    @Option(help: "The service principal that may assume the role (repeatable).")
    var trust: [String] = []

    @Option(name: .customLong("policy-file"), help: "An inline policy document (JSON) for the role.")
    var policyFile: String?

    @Option(help: "A managed policy to attach, by ARN or name (repeatable).")
    var attach: [String] = []

    func validate() throws {
        if trust.isEmpty {
            throw ValidationError("--trust SERVICE-PRINCIPAL is required (e.g. export.rds.amazonaws.com)")
        }
        if let bad = trust.first(where: { !$0.contains(".") }) {
            throw ValidationError("--trust \(bad) is not a service principal such as glue.amazonaws.com")
        }
    }

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let inline = try policyFile.map(PolicyFile.read)
            let result = try await IAMAdministration(session: try global.session()).createRole(
                name: name, trustedServices: trust, inlinePolicy: inline, attach: attach)
            StandardStreams.out(RecordRenderer.render(record: result.record(name: name), as: global.output))
        }
    }
}
