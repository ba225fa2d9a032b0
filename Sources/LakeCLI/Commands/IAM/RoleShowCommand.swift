import AWSCore
import AWSServices
import ArgumentParser
import LakeOrchestration

/// `lakectl iam role show NAME`: who may assume the role and which policies it has.
struct RoleShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a role: its trust principals, attached and inline policies.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The role name.")
    var name: String

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let session = try AWSSession.make(global)
            let iam = IAMClient(client: session.client)
            let role = try await iam.getRole(name: name)
            let attached = try await iam.listAttachedRolePolicies(roleName: name)
            let inline = try await iam.listRolePolicies(roleName: name)
            var trusted: [String] = []
            if let text = role.assumeRolePolicyDocument, let trust = try? PolicyDocument(json: text) {
                for statement in trust.statements where statement.effect == .allow {
                    switch statement.principal {
                    case .anyone?: trusted.append("*")
                    case .entities(let map)?:
                        for kind in map.keys.sorted() { trusted += (map[kind] ?? []).map { "\(kind):\($0)" } }
                    case nil: break
                    }
                }
            }
            let record: [(String, OutputValue)] = [
                ("name", .string(role.roleName)), ("arn", .string(role.arn)), ("path", .string(role.path)),
                ("created", role.createDate.map { .string(AWSTimestamp.format($0)) } ?? .null),
                ("trustedBy", .array(trusted.map { .string($0) })),
                ("attachedPolicies", .array(attached.map { .string($0.policyArn) })),
                ("inlinePolicies", .array(inline.map { .string($0) })),
            ]
            StandardStreams.out(RecordRenderer.render(record: record, as: global.output))
        }
    }
}
