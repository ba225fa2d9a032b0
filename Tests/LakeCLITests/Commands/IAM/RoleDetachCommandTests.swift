import AWSCore
import AWSServices
import Foundation
import LakeTestSupport
import Testing

/// `lakectl iam role detach` and the "does not exist" answers of the role commands, against the emulator;
/// what changed is read back through IAM itself, not only from lakectl's output.
@Suite struct RoleDetachCommandTests {
    private func unique(_ prefix: String) -> String { "\(prefix)-\(UUID().uuidString.prefix(8).lowercased())" }

    private func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func detachRemovesTheAttachmentOnceThenReportsUnchanged() async throws {
        let emulator = try Emulator.current()
        let env = emulator.environment()
        let policy = unique("detach-policy")
        let role = unique("detach-role")
        let created = try await CLIRunner.run(
            ["iam", "policy", "create", policy, "--for", "glue-job", "--bucket", "lake", "--output", "json"],
            environment: env)
        #expect(created.status == 0, "\(created.stderr)")
        let policyArn = try #require(try json(created.stdout)["arn"] as? String)
        let made = try await CLIRunner.run(
            ["iam", "role", "create", role, "--trust", "glue.amazonaws.com", "--attach", policy], environment: env)
        #expect(made.status == 0, "\(made.stderr)")

        let first = try await CLIRunner.run(
            ["iam", "role", "detach", role, policy, "--output", "json"], environment: env)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(try json(first.stdout)["change"] as? String == "updated")
        #expect(try json(first.stdout)["changes"] as? [String] == ["detached \(policyArn)"])
        let iam = IAMClient(client: emulator.client())
        #expect(try await iam.listAttachedRolePolicies(roleName: role).isEmpty)

        let second = try await CLIRunner.run(
            ["iam", "role", "detach", role, policy, "--output", "json"], environment: env)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(try json(second.stdout)["change"] as? String == "unchanged")

        // Detached, the policy can now be deleted (what `iam policy delete` asked for).
        let deleted = try await CLIRunner.run(["iam", "policy", "delete", policy], environment: env)
        #expect(deleted.status == 0, "\(deleted.stderr)")
    }

    @Test func missingRoleIsSaidToNotExist() async throws {
        let env = try Emulator.current().environment()
        let role = unique("no-such-role")
        for arguments in [["iam", "role", "delete", role], ["iam", "role", "show", role]] {
            let result = try await CLIRunner.run(arguments, environment: env)
            #expect(result.status == 1)
            #expect(result.stderr.contains("role \(role) does not exist"), "\(result.stderr)")
        }
    }
}
