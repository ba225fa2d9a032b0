import ArgumentParser

/// `lakectl iam`: the roles and policies a lake's services run with.
struct IAMCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "iam",
        abstract: "Create and inspect the IAM policies and roles the lake's services use.",
        subcommands: [IAMPolicyCommand.self, IAMRoleCommand.self])
}

/// `lakectl iam policy ...`.
struct IAMPolicyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy",
        abstract: "Generate, create, show, list and delete customer managed policies.",
        subcommands: [
            PolicyGenerateCommand.self, PolicyCreateCommand.self, PolicyShowCommand.self, PolicyListCommand.self,
            PolicyDeleteCommand.self,
        ])
}

/// `lakectl iam role ...`.
struct IAMRoleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "role",
        abstract: "Create, show, attach and detach policies, list and delete service roles.",
        subcommands: [
            RoleCreateCommand.self, RoleShowCommand.self, RoleAttachCommand.self, RoleDetachCommand.self,
            RoleListCommand.self,
            RoleDeleteCommand.self,
        ])
}
