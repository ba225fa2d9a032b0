import AWSCore
import AWSServices
import Foundation
import LakeTestSupport
import Testing

@testable import LakeOrchestration

/// `lakectl iam ...` run as a process against the shared emulator (signature checking on). What the
/// commands change is read back through the IAM API, not only through lakectl's own output.
@Suite struct IAMCommandTests {
    /// Whether `read` fails with IAM's NoSuchEntity (the thing is gone); any other error is rethrown.
    private func isGone(_ read: () async throws -> Void) async throws -> Bool {
        do {
            try await read()
            return false
        } catch let error as AWSError where error.hasCode(IAMClient.ErrorCode.noSuchEntity) {
            return true
        }
    }

    /// The default version's document of a managed policy, as IAM stores it.
    private func storedDocument(_ iam: IAMClient, _ arn: String) async throws -> PolicyDocument {
        let policy = try await iam.getPolicy(arn: arn)
        let version = try await iam.getPolicyVersion(arn: arn, versionId: policy.defaultVersionId)
        return try PolicyDocument(json: try #require(version.document))
    }
    private func unique(_ prefix: String) -> String { "\(prefix)-\(UUID().uuidString.prefix(8).lowercased())" }

    private func json(_ text: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any])
    }

    /// Offline: no credentials or endpoint are needed when the key is given as an ARN.
    @Test func generatePrintsTheCanonicalPolicy() async throws {
        let key = "arn:aws:kms:us-east-1:123456789012:key/abcd"
        let result = try await CLIRunner.run(
            [
                "iam", "policy", "generate", "--for", "rds-export", "--bucket", "lake", "--prefix", "exports/",
                "--kms-key", key,
            ],
            environment: [
                "PATH": "/usr/bin:/bin", "AWS_CONFIG_FILE": "/dev/null", "AWS_SHARED_CREDENTIALS_FILE": "/dev/null",
            ])
        #expect(result.status == 0, "\(result.stderr)")
        let printed = try PolicyDocument(json: result.stdout)
        #expect(printed == PolicyGenerator.forRDSExport(bucket: "lake", prefix: "exports", kmsKeyArn: key))
        #expect(
            result.stdout == PolicyGenerator.forRDSExport(bucket: "lake", prefix: "exports", kmsKeyArn: key)
                .canonicalJSON() + "\n")
    }

    @Test func generateRefusesMissingArguments() async throws {
        let result = try await CLIRunner.run(
            ["iam", "policy", "generate", "--for", "glue-job"], environment: ["PATH": "/usr/bin:/bin"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--bucket"))
        let unknown = try await CLIRunner.run(
            ["iam", "policy", "generate", "--for", "lambda", "--bucket", "b"], environment: ["PATH": "/usr/bin:/bin"])
        #expect(unknown.status == 64)
    }

    @Test func roleCreateTwiceIsUnchangedTheSecondTime() async throws {
        let emulator = try Emulator.current()
        let env = emulator.environment()
        let policy = unique("cli-policy")
        let role = unique("cli-role")

        let created = try await CLIRunner.run(
            ["iam", "policy", "create", policy, "--for", "rds-export", "--bucket", "lake", "--output", "json"],
            environment: env)
        #expect(created.status == 0, "\(created.stderr)")
        let policyArn = try #require(try json(created.stdout)["arn"] as? String)
        #expect(try json(created.stdout)["change"] as? String == "created")
        let iam = IAMClient(client: emulator.client())
        #expect(try await iam.getPolicy(arn: policyArn).policyName == policy)
        #expect(try await storedDocument(iam, policyArn) == PolicyGenerator.forRDSExport(bucket: "lake"))

        let arguments = [
            "iam", "role", "create", role, "--trust", "export.rds.amazonaws.com", "--attach", policy, "--output",
            "json",
        ]
        let first = try await CLIRunner.run(arguments, environment: env)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(try json(first.stdout)["change"] as? String == "created")
        let second = try await CLIRunner.run(arguments, environment: env)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(try json(second.stdout)["change"] as? String == "unchanged")
        #expect(try json(second.stdout)["arn"] as? String == "arn:aws:iam::123456789012:role/\(role)")
        let stored = try await iam.getRole(name: role)
        #expect(stored.arn == "arn:aws:iam::123456789012:role/\(role)")
        #expect(stored.tags.contains(.managedByLakectl))
        let trust = try PolicyDocument(json: try #require(stored.assumeRolePolicyDocument))
        #expect(trust.statements.count == 1)
        #expect(try #require(stored.assumeRolePolicyDocument).contains("export.rds.amazonaws.com"))
        #expect(try await iam.listAttachedRolePolicies(roleName: role).map(\.policyArn) == [policyArn])

        let shown = try await CLIRunner.run(["iam", "role", "show", role, "--output", "json"], environment: env)
        #expect(try json(shown.stdout)["attachedPolicies"] as? [String] == [policyArn])
        #expect(try json(shown.stdout)["trustedBy"] as? [String] == ["Service:export.rds.amazonaws.com"])

        let refused = try await CLIRunner.run(["iam", "policy", "delete", policy], environment: env)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("attached to role \(role)"))
        #expect(try await iam.getPolicy(arn: policyArn).arn == policyArn)

        let deleted = try await CLIRunner.run(["iam", "role", "delete", role, "--output", "json"], environment: env)
        #expect(deleted.status == 0, "\(deleted.stderr)")
        #expect(try json(deleted.stdout)["detached"] as? [String] == [policyArn])
        #expect(try await isGone { _ = try await iam.getRole(name: role) })
        #expect(try await iam.rolesAttached(toPolicy: policyArn).isEmpty)
        let policyGone = try await CLIRunner.run(["iam", "policy", "delete", policy], environment: env)
        #expect(policyGone.status == 0, "\(policyGone.stderr)")
        #expect(try await isGone { _ = try await iam.getPolicy(arn: policyArn) })
    }

    @Test func policyCreateFromFileThenShowAndList() async throws {
        let emulator = try Emulator.current()
        let env = emulator.environment()
        let name = unique("cli-file")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("\(name).json")
        try
            #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::lake/*"}}"#
            .write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }

        let created = try await CLIRunner.run(
            ["iam", "policy", "create", name, "--file", file.path, "--output", "csv"], environment: env)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.hasPrefix("name,arn,change,changes\n\(name),"))
        let iam = IAMClient(client: emulator.client())
        let arn = "arn:aws:iam::123456789012:policy/\(name)"
        let fileDocument = try PolicyDocument(json: String(contentsOf: file, encoding: .utf8))
        #expect(try await storedDocument(iam, arn) == fileDocument)
        #expect(try await iam.getPolicy(arn: arn).defaultVersionId == "v1")
        let again = try await CLIRunner.run(
            ["iam", "policy", "create", name, "--file", file.path, "--output", "json"], environment: env)
        #expect(try json(again.stdout)["change"] as? String == "unchanged")
        #expect(try await iam.listPolicyVersions(arn: arn).map(\.versionId) == ["v1"])

        let shown = try await CLIRunner.run(["iam", "policy", "show", name, "--output", "json"], environment: env)
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(
            try PolicyDocument(json: shown.stdout) == PolicyDocument(json: String(contentsOf: file, encoding: .utf8)))

        let listed = try await CLIRunner.run(["iam", "policy", "list", "--output", "csv"], environment: env)
        #expect(listed.stdout.contains("\n\(name),arn:aws:iam::123456789012:policy/\(name),v1,"))
        #expect(try await CLIRunner.run(["iam", "policy", "delete", name], environment: env).status == 0)
        #expect(try await isGone { _ = try await iam.getPolicy(arn: arn) })
        let missing = try await CLIRunner.run(["iam", "policy", "show", name], environment: env)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no customer managed policy named \(name)"))
    }
}
