import AWSServices
import ArgumentParser
import LakeOrchestration

/// `lakectl iam role attach NAME POLICY...`: attaches managed policies that are not attached yet.
struct RoleAttachCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attach", abstract: "Attach managed policies to a role (those already attached are skipped).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The role name.")
    var name: String

    @Argument(help: "Managed policies, by ARN or name.")
    var policies: [String]

    func validate() throws {
        if policies.isEmpty { throw ValidationError("name at least one policy to attach") }
    }

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let session = try AWSSession.make(global)
            let iamClient = IAMClient(client: session.client)
            let resources = IAMResources(iam: iamClient)
            let role = try await iamClient.getRole(name: name)
            let attached = Set(try await iamClient.listAttachedRolePolicies(roleName: name).map(\.policyArn))
            var changed: [String] = []
            for policy in policies {
                guard let found = try await resources.findPolicy(policy) else {
                    throw ResourceError.policyNotFound(name: policy)
                }
                guard !attached.contains(found.arn), !changed.contains("attached \(found.arn)") else { continue }
                try await iamClient.attachRolePolicy(roleName: name, policyArn: found.arn)
                changed.append("attached \(found.arn)")
            }
            let result = Ensured(arn: role.arn, change: changed.isEmpty ? .unchanged : .updated(changed))
            StandardStreams.out(RecordRenderer.render(record: result.record(name: name), as: global.output))
        }
    }
}
